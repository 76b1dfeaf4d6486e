package ua.orderflow.accounting;

import java.math.BigDecimal;
import java.time.LocalDate;

/** An invoice's header as stored. States: ISSUED, PARTLY_PAID, PAID, CANCELLED. */
public record InvoiceRow(long id, String number, String shopId, long orderId, String revision, Long clientId,
        LocalDate issuedOn, String paymentMethod, String accountKind, String account, String state,
        BigDecimal total, BigDecimal paid) {

    public BigDecimal balance() {
        return total.subtract(paid);
    }
}
