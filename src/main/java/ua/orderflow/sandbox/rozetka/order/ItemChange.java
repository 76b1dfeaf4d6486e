package ua.orderflow.sandbox.rozetka.order;

import java.math.BigDecimal;

/**
 * One edit of an order's lines: a new quantity for an existing line ({@code purchaseId}; 0 removes
 * it), or a new line for a product ({@code itemId} or the seller's {@code offerId}). {@code price}
 * is allowed only for an additional item.
 */
public record ItemChange(Long purchaseId, Long itemId, String offerId, int quantity, BigDecimal price) {
}
