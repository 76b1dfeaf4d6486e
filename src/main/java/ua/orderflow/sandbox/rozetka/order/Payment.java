package ua.orderflow.sandbox.rozetka.order;

import java.time.Instant;

/**
 * How the buyer pays: cash on delivery (no payment status) or by card online, whose payment status
 * (ROZETKA's status_payment ids: 1 cancelled, 2 paid, 3 unpaid, 7 hold, 8 returned, 10 ready for
 * return…) changes over the order's life.
 */
public final class Payment {

    public static final int CANCELLED = 1;
    public static final int PAID = 2;
    public static final int UNPAID = 3;
    public static final int HOLD = 7;
    public static final int READY_FOR_RETURN = 10;

    private final boolean card;
    private final long invoiceId;
    private Integer statusId;
    private Instant statusChanged;

    private Payment(boolean card, long invoiceId, Integer statusId, Instant statusChanged) {
        this.card = card;
        this.invoiceId = invoiceId;
        this.statusId = statusId;
        this.statusChanged = statusChanged;
    }

    public static Payment cash() {
        return new Payment(false, 0, null, null);
    }

    public static Payment card(long invoiceId, int statusId, Instant at) {
        return new Payment(true, invoiceId, statusId, at);
    }

    public boolean isCard() {
        return card;
    }

    public long invoiceId() {
        return invoiceId;
    }

    public Integer statusId() {
        return statusId;
    }

    public Instant statusChanged() {
        return statusChanged;
    }

    void changeStatus(int newStatusId, Instant at) {
        this.statusId = newStatusId;
        this.statusChanged = at;
    }
}
