package ua.orderflow.sandbox.rozetka.order;

/**
 * The ids a book hands out. ROZETKA's order ids are one sequence over every seller: each seller
 * account's book has a range of its own. Not thread-safe: only used under {@link OrderBook}'s lock,
 * but {@link #owns} reads final fields alone and needs none.
 */
final class OrderIds {

    static final long FIRST_PURCHASE_ID = 990_000_001L;
    /** Order ids one seller account may take before the next account's range. */
    static final long IDS_PER_ACCOUNT = 1_000_000L;

    private final long firstOrderId;
    private final long firstPurchaseId;
    private long nextOrderId;
    private long nextPurchaseId;

    /** The range of the seller account numbered {@code account} (0 is the default seller). */
    OrderIds(int account) {
        this.firstOrderId = OrderBook.FIRST_ORDER_ID + account * IDS_PER_ACCOUNT;
        this.firstPurchaseId = FIRST_PURCHASE_ID + account * IDS_PER_ACCOUNT;
        reset();
    }

    /** The id the next order will have; it is only taken by {@link #orderMade}. */
    long nextOrderId() {
        return nextOrderId;
    }

    void orderMade() {
        nextOrderId++;
    }

    long takePurchaseId() {
        return nextPurchaseId++;
    }

    /** Whether the order id falls in this range (it may not exist yet). */
    boolean owns(long orderId) {
        return orderId >= firstOrderId && orderId < firstOrderId + IDS_PER_ACCOUNT;
    }

    void reset() {
        nextOrderId = firstOrderId;
        nextPurchaseId = firstPurchaseId;
    }
}
