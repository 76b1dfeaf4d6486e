package ua.orderflow.sync.change;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Our snapshot of a ROZETKA order: what the desk, the books and change detection need, stored as
 * JSON in marketplace_order.snapshot. Times are ROZETKA's local time (Europe/Kyiv).
 */
public record OrderView(
        long id,
        LocalDateTime created,
        LocalDateTime changed,
        int status,
        int statusGroup,
        String ttn,
        boolean callbackOff,
        String customerName,
        String customerPhone,
        String customerEmail,
        String comment,
        String paymentType,
        String paymentMethod,
        Integer paymentStatusId,
        String deliveryService,
        Integer deliveryMethodId,
        String deliveryCity,
        String deliveryPlace,
        BigDecimal deliveryCost,
        BigDecimal costWithDiscount,
        List<Line> lines) {

    /** status_payment_id 2: the money is credited to the seller. */
    public static final int PAID = 2;

    public OrderView {
        ttn = ttn == null ? "" : ttn;
        lines = lines == null ? List.of() : List.copyOf(lines);
    }

    /** A stored snapshot, or empty when there is none or it is not readable (a list still shows its row). */
    public static Optional<OrderView> read(ObjectMapper json, String snapshot) {
        if (snapshot == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(json.readValue(snapshot, OrderView.class));
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }

    /**
     * Whether a card prepayment is still to come. Seed 002: held (7), expired (6) and pending are
     * intermediate and do not confirm the money is credited; ship only once it is paid.
     */
    public boolean awaitsCardPayment() {
        return "card".equalsIgnoreCase(paymentType) && !Integer.valueOf(PAID).equals(paymentStatusId);
    }

    /** One purchase line; {@code key} identifies it across revisions. */
    public record Line(
            long purchaseId,
            long itemId,
            String offerId,
            String article,
            String name,
            int quantity,
            BigDecimal price,
            BigDecimal costWithDiscount,
            boolean additional) {

        public String key() {
            return offerId != null && !offerId.isBlank() ? offerId : "item-" + itemId;
        }
    }
}
