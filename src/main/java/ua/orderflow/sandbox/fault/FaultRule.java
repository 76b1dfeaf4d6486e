package ua.orderflow.sandbox.fault;

/**
 * Misbehaviour for one endpoint (or "*" for every endpoint without its own rule): a share of 5xx
 * answers with {@code errorStatus} (503 answers ROZETKA's maintenance error 5503), added latency on
 * every call, a share of calls that hang {@code timeoutMs} before answering, a share of truncated
 * JSON bodies. {@code times} limits how many calls the rule touches (null: until cleared).
 */
public record FaultRule(double errorShare, Integer errorStatus, long latencyMs, double timeoutShare, long timeoutMs,
        double malformedShare, Integer times) {

    public FaultRule {
        errorStatus = errorStatus == null ? 503 : errorStatus;
        if (errorStatus < 500 || errorStatus > 599) {
            throw new IllegalArgumentException("errorStatus must be a 5xx status");
        }
        timeoutMs = timeoutMs <= 0 ? 35_000 : timeoutMs;
        for (double share : new double[] {errorShare, timeoutShare, malformedShare}) {
            if (share < 0 || share > 1) {
                throw new IllegalArgumentException("shares are between 0 and 1");
            }
        }
    }
}
