package ua.orderflow.rozetka;

import java.time.Duration;
import java.util.Optional;

/** ROZETKA answered with an error, or could not be reached. {@code code} is ROZETKA's error code, if any. */
public class RozetkaException extends RuntimeException {

    private final Integer code;

    public RozetkaException(String message, Integer code, Throwable cause) {
        super(message, cause);
        this.code = code;
    }

    public Integer code() {
        return code;
    }

    /** The shop's login or password was refused (1004 incorrect_username_password). */
    public static class AuthenticationRefused extends RozetkaException {
        public AuthenticationRefused(String message, Integer code) {
            super(message, code, null);
        }
    }

    /** ROZETKA refused a status change (1005); {@code reason} is ROZETKA's own (Ukrainian) text. */
    public static class StatusRefused extends RozetkaException {
        private final String reason;

        public StatusRefused(String reason, Integer code) {
            super("ROZETKA refused the change: " + reason, code, null);
            this.reason = reason;
        }

        public String reason() {
            return reason;
        }
    }

    /** No such order (or other record) at ROZETKA. */
    public static class NotFound extends RozetkaException {
        public NotFound(String message, Integer code) {
            super(message, code, null);
        }
    }

    /** ROZETKA is down, in maintenance, slow or answered garbage: worth retrying later. */
    public static class Unavailable extends RozetkaException {
        public Unavailable(String message, Integer code, Throwable cause) {
            super(message, code, cause);
        }
    }

    /**
     * ROZETKA answered 2xx with a body that is no JSON: cut off in transit or garbled. Worth retrying,
     * but not "unreachable": whoever reads the journal should know the answer came and was broken.
     */
    public static class Garbled extends Unavailable {
        private final String reason;

        /** {@code reason}: what is wrong with the answer, in Ukrainian, for the journal. */
        public Garbled(String message, String reason, Integer status, Throwable cause) {
            super(message, status, cause);
            this.reason = reason;
        }

        public String reason() {
            return reason;
        }
    }

    /**
     * ROZETKA asked us to slow down (HTTP 429), or we still keep quiet after it did. {@code retryAfter}
     * is how long to wait before the next call, when known.
     */
    public static class RateLimited extends Unavailable {
        private final Duration retryAfter;

        public RateLimited(String message, Duration retryAfter) {
            super(message, 429, null);
            this.retryAfter = retryAfter;
        }

        public Optional<Duration> retryAfter() {
            return Optional.ofNullable(retryAfter);
        }
    }

    /** The token expired or is invalid; the client logs in again once and replays the call. */
    static class TokenExpired extends RozetkaException {
        TokenExpired(String message, Integer code) {
            super(message, code, null);
        }
    }
}
