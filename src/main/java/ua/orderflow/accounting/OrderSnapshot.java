package ua.orderflow.accounting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What the books need of a marketplace order at one revision. Prices are ROZETKA's (the marketplace
 * owns them): {@code price} per unit after discount, {@code amount} the line's cost with discount.
 */
public record OrderSnapshot(
        String shopId,
        long orderId,
        String revision,
        LocalDate date,
        String customerName,
        String customerPhone,
        String customerEmail,
        String paymentType,
        String paymentMethod,
        BigDecimal deliveryCost,
        BigDecimal total,
        List<Line> lines) {

    public record Line(String offerId, String name, int quantity, BigDecimal price, BigDecimal amount,
            boolean additional) {
    }

    /** Cash on delivery goes to the cash desk; every other method to the bank account. */
    public boolean paidInCash() {
        return paymentType == null || paymentType.isBlank() || "cash".equalsIgnoreCase(paymentType);
    }
}
