package ua.orderflow.sync;

import ua.orderflow.sync.OrderSource.SourceGarbledException;
import ua.orderflow.sync.OrderSource.SourceRateLimitedException;
import ua.orderflow.sync.OrderSource.SourceUnavailableException;
import ua.orderflow.sync.journal.EventKind;

/** What the journal says when ROZETKA could not be asked: unreachable, or asking us to slow down. */
final class SourceTrouble {

    private SourceTrouble() {
    }

    static EventKind kind(SourceUnavailableException e) {
        return e instanceof SourceRateLimitedException ? EventKind.ROZETKA_RATE_LIMITED : EventKind.ROZETKA_UNAVAILABLE;
    }

    /** The trouble in a supervisor's words, in Ukrainian. */
    static String inWords(SourceUnavailableException e) {
        if (e instanceof SourceRateLimitedException limited) {
            return "ROZETKA просить звертатися рідше (HTTP 429)" + limited.retryAfter()
                    .map(wait -> ", наступний запит не раніше ніж за " + Math.max(1, wait.toSeconds()) + " с")
                    .orElse("");
        }
        if (e instanceof SourceGarbledException garbled) {
            return "ROZETKA надіслала відповідь, яку неможливо прочитати: " + garbled.reason();
        }
        return "ROZETKA недоступна: " + e.getMessage();
    }
}
