package ua.orderflow.sync.journal;

import java.time.LocalDateTime;

/** One thing a sync did or found; {@code message} is Ukrainian, for managers. */
public record SyncEvent(
        long id,
        Long runId,
        String shopId,
        Long orderId,
        EventKind kind,
        String severity,
        String message,
        String details,
        LocalDateTime createdAt) {
}
