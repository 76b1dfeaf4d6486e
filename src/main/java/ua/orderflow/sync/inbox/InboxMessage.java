package ua.orderflow.sync.inbox;

import java.time.LocalDateTime;

/** A message for an order's process instance that waits until the instance can take it. */
public record InboxMessage(
        long id,
        String shopId,
        long orderId,
        String messageName,
        String variables,
        LocalDateTime createdAt,
        int attempts,
        String lastError,
        LocalDateTime deliveredAt) {
}
