package ua.orderflow.sandbox.clock;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The sandbox's own time: the real clock plus an offset that admin moves forward, so carrier steps,
 * token lifetimes and the 45-day rule can be reached without waiting.
 */
public class SandboxClock {

    private final Clock base;
    private volatile Duration offset = Duration.ZERO;

    public SandboxClock(Clock base) {
        this.base = base;
    }

    public Instant now() {
        return base.instant().plus(offset);
    }

    public synchronized void advance(Duration by) {
        if (by.isNegative()) {
            throw new IllegalArgumentException("the sandbox clock only moves forward");
        }
        offset = offset.plus(by);
    }

    public Duration offset() {
        return offset;
    }

    public synchronized void reset() {
        offset = Duration.ZERO;
    }
}
