package ua.orderflow.rozetka;

import com.fasterxml.jackson.databind.JsonNode;
import feign.FeignException;
import java.util.Locale;

/** How one Seller API call ended, as the {@code outcome} tag of {@code orderflow.rozetka.calls}. */
enum CallOutcome {
    /** success:true. */
    OK,
    /** ROZETKA answered and said no: success:false, an expired token, 404, another 4xx. */
    REFUSED,
    /** ROZETKA could not be asked or could not answer: network, timeout, 5xx, maintenance, garbage. */
    FAILED,
    /** HTTP 429: no source documents one, so it is counted apart to be seen if it ever comes. */
    RATE_LIMITED;

    private static final int TOO_MANY_REQUESTS = 429;

    String tag() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Judged by {@link Envelope}, as the client judges it, so that the metric and the caller agree. */
    static CallOutcome of(Object answer) {
        try {
            Envelope.content((JsonNode) answer);
            return OK;
        } catch (RozetkaException e) {
            return of(e);
        }
    }

    static CallOutcome of(Throwable failure) {
        if (failure instanceof FeignException feign && feign.getCause() instanceof RozetkaException rozetka) {
            return of(rozetka);
        }
        if (failure instanceof RozetkaException.Unavailable unavailable) {
            // HttpErrors puts the HTTP status where ROZETKA's error code would be
            return Integer.valueOf(TOO_MANY_REQUESTS).equals(unavailable.code()) ? RATE_LIMITED : FAILED;
        }
        return failure instanceof RozetkaException ? REFUSED : FAILED;
    }
}
