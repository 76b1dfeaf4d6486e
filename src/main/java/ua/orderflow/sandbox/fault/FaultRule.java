package ua.orderflow.sandbox.fault;

/**
 * Misbehaviour for one endpoint (or "*" for every endpoint without its own rule): a share of error
 * answers with {@code errorStatus} (503 answers ROZETKA's maintenance error 5503, other 5xx an
 * nginx page, 429 "too many requests" with {@code retryAfterSeconds} in Retry-After when given:
 * no source has seen one, the reference asks clients to slow down should it come), added latency
 * on every call, a share of calls that hang {@code timeoutMs} before answering, a share of truncated
 * JSON bodies. {@code times} limits how many calls the rule touches (null: until cleared).
 */
public record FaultRule(double errorShare, Integer errorStatus, long latencyMs, double timeoutShare, long timeoutMs,
        double malformedShare, Integer times, Integer retryAfterSeconds) {

    public static final int TOO_MANY_REQUESTS = 429;

    public FaultRule {
        errorStatus = errorStatus == null ? 503 : errorStatus;
        if (errorStatus != TOO_MANY_REQUESTS && (errorStatus < 500 || errorStatus > 599)) {
            throw new IllegalArgumentException("errorStatus must be 429 or a 5xx status");
        }
        if (retryAfterSeconds != null && retryAfterSeconds < 0) {
            throw new IllegalArgumentException("retryAfterSeconds is not negative");
        }
        timeoutMs = timeoutMs <= 0 ? 35_000 : timeoutMs;
        for (double share : new double[] {errorShare, timeoutShare, malformedShare}) {
            if (share < 0 || share > 1) {
                throw new IllegalArgumentException("shares are between 0 and 1");
            }
        }
    }

    public FaultRule(double errorShare, Integer errorStatus, long latencyMs, double timeoutShare, long timeoutMs,
            double malformedShare, Integer times) {
        this(errorShare, errorStatus, latencyMs, timeoutShare, timeoutMs, malformedShare, times, null);
    }
}
