package ua.orderflow.rozetka;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * One shop's pause after ROZETKA answered 429: until it ends no call leaves, so every caller of the
 * shop slows down, not only the one that was told. A short rest is waited out; a longer one fails
 * the call at once as {@link RozetkaException.RateLimited}, so no thread hangs for long and the
 * caller (the sync, the engine's retry) comes back later.
 */
final class QuietPeriod {

    private final Clock clock;
    private final Pauses pauses;
    private final Duration longestWait;
    private Instant until = Instant.MIN;

    QuietPeriod(Clock clock, Pauses pauses, Duration longestWait) {
        this.clock = clock;
        this.pauses = pauses;
        this.longestWait = longestWait;
    }

    synchronized void begin(Duration rest) {
        Instant end = clock.instant().plus(rest);
        if (end.isAfter(until)) {
            until = end;
        }
    }

    /** Whether the rest left is short enough to wait out (or over). */
    boolean worthWaiting() {
        return left().compareTo(longestWait) <= 0;
    }

    /** Returns once a call may go; throws when the rest left is longer than the client waits. */
    void awaitEnd() {
        Duration left = left();
        if (left.isNegative() || left.isZero()) {
            return;
        }
        if (left.compareTo(longestWait) > 0) {
            throw new RozetkaException.RateLimited("ROZETKA asked to wait " + left.toSeconds()
                    + " s before the next call (HTTP 429)", left);
        }
        pauses.pause(left);
    }

    private synchronized Duration left() {
        return Duration.between(clock.instant(), until);
    }
}
