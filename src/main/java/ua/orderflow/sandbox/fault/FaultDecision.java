package ua.orderflow.sandbox.fault;

/**
 * What happens to one call: wait this long, then answer an error status (with Retry-After seconds
 * for a 429, when the rule gives them), a truncated body, or normally.
 */
public record FaultDecision(long delayMs, int errorStatus, boolean malformed, boolean timedOut,
        Integer retryAfterSeconds) {

    public static final FaultDecision NONE = new FaultDecision(0, 0, false, false, null);

    /** The injected latency itself: the client waits because the sandbox is "slow". */
    public void waitOut() {
        if (delayMs <= 0) {
            return;
        }
        try {
            Thread.sleep(delayMs);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public boolean answersNormally() {
        return errorStatus == 0 && !malformed;
    }
}
