package ua.orderflow.sync;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.function.Consumer;
import ua.orderflow.sync.change.OrderView;

/**
 * ROZETKA as the sync sees it. Failures reaching ROZETKA surface as {@link SourceUnavailableException};
 * an order ROZETKA returns that cannot be read is handed over as a {@link MalformedOrder}.
 */
public interface OrderSource {

    /**
     * Every order changed (or created) since the window opened and, when {@code carrierMayMove}, also
     * every order whose status changed since then, in every status group, each once, page by page;
     * each page goes to {@code page} before the next is asked for, so a page's work commits first.
     */
    void changedOrders(String shopId, LocalDateTime fromKyiv, LocalDateTime toKyiv, boolean carrierMayMove,
            Consumer<Page> page);

    Optional<OrderView> order(String shopId, long orderId);

    /** ROZETKA's count of new orders, a cheap call between full syncs. */
    long countNew(String shopId);

    record Page(int number, int pageCount, java.util.List<OrderView> orders, java.util.List<MalformedOrder> malformed) {
    }

    record MalformedOrder(Long orderId, String problem, String raw) {

        /** Not one order but the rest of a search: the walk over its pages stopped for a lying page count. */
        static MalformedOrder pagingStopped(String why) {
            return new MalformedOrder(null, why, null);
        }

        public boolean isPagingStop() {
            return orderId == null && raw == null;
        }
    }

    class SourceUnavailableException extends RuntimeException {
        public SourceUnavailableException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** ROZETKA answered, but with a body cut off or not JSON at all. */
    class SourceGarbledException extends SourceUnavailableException {
        private final String reason;

        /** {@code reason}: what is wrong with the answer, in Ukrainian. */
        public SourceGarbledException(String message, String reason, Throwable cause) {
            super(message, cause);
            this.reason = reason;
        }

        public String reason() {
            return reason;
        }
    }

    /** ROZETKA asked us to slow down (HTTP 429); {@code retryAfter} is its wait, when it gave one. */
    class SourceRateLimitedException extends SourceUnavailableException {
        private final Duration retryAfter;

        public SourceRateLimitedException(String message, Duration retryAfter, Throwable cause) {
            super(message, cause);
            this.retryAfter = retryAfter;
        }

        public Optional<Duration> retryAfter() {
            return Optional.ofNullable(retryAfter);
        }
    }
}
