package ua.orderflow.sync.journal;

/** What a sync event records. */
public enum EventKind {
    IMPORTED,
    STATUS_CHANGED,
    CANCELLED_UPSTREAM,
    ITEMS_CHANGED,
    TTN_CHANGED,
    PAYMENT_CHANGED,
    MESSAGE_QUEUED,
    MESSAGE_DELIVERED,
    UNKNOWN_STATUS,
    UNKNOWN_PRODUCT,
    MALFORMED_ORDER,
    PUSH_REJECTED,
    SKIPPED,
    ROZETKA_UNAVAILABLE
}
