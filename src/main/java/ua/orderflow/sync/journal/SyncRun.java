package ua.orderflow.sync.journal;

import java.time.LocalDateTime;

/** One sync run of one shop, as the journal keeps it (times in UTC). */
public record SyncRun(
        long id,
        String shopId,
        String triggerKind,
        LocalDateTime startedAt,
        LocalDateTime finishedAt,
        LocalDateTime windowFrom,
        LocalDateTime windowTo,
        RunOutcome outcome,
        int ordersSeen,
        int imported,
        int updated,
        int warnings,
        String error) {
}
