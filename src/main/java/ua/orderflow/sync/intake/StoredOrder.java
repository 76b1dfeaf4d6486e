package ua.orderflow.sync.intake;

/** A row of marketplace_order: the order as last seen, with its snapshot JSON. */
public record StoredOrder(String shopId, long orderId, int status, int statusGroup, String stage, String snapshot) {
}
