package ua.orderflow.sandbox.fault;

/** What happens to one call: wait this long, then answer a 5xx, a truncated body, or normally. */
public record FaultDecision(long delayMs, int errorStatus, boolean malformed, boolean timedOut) {

    public static final FaultDecision NONE = new FaultDecision(0, 0, false, false);

    public boolean answersNormally() {
        return errorStatus == 0 && !malformed;
    }
}
