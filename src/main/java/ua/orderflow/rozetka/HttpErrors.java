package ua.orderflow.rozetka;

import feign.Response;
import feign.codec.ErrorDecoder;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Collection;

/**
 * Non-2xx answers: 401 is an expired token, 404 not found, 429 a request to slow down (with its
 * Retry-After, seconds or an HTTP date), 5xx (and anything odd) unavailable.
 */
final class HttpErrors implements ErrorDecoder {

    private static final int TOO_MANY_REQUESTS = 429;

    private final Clock clock;

    HttpErrors(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Exception decode(String methodKey, Response response) {
        int status = response.status();
        // the message reaches Cockpit's incidents and the journal, which supervisors read
        String what = "HTTP " + status + " на запит " + methodKey;
        if (status == 401) {
            return new RozetkaException.TokenExpired(what, null);
        }
        if (status == 404) {
            return new RozetkaException.NotFound(what, null);
        }
        if (status == TOO_MANY_REQUESTS) {
            return new RozetkaException.RateLimited(what, retryAfter(response));
        }
        if (status >= 500 || status == 408) {
            return new RozetkaException.Unavailable(what, status, null);
        }
        return new RozetkaException(what, status, null);
    }

    /** Retry-After as a duration from now, or null when absent or unreadable. */
    private Duration retryAfter(Response response) {
        // Feign's header map ignores case
        Collection<String> values = response.headers().get("Retry-After");
        if (values == null || values.isEmpty()) {
            return null;
        }
        String value = values.iterator().next().trim();
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(value)));
        } catch (NumberFormatException notSeconds) {
            try {
                Duration until = Duration.between(clock.instant(),
                        ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
                return until.isNegative() ? Duration.ZERO : until;
            } catch (DateTimeParseException notADate) {
                return null;
            }
        }
    }
}
