package ua.orderflow.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock a test moves by hand, so that waits and expiries are tested without sleeping. */
public final class MutableClock extends Clock {

    private Instant now;

    public MutableClock() {
        this("2026-11-24T08:00:00Z");
    }

    public MutableClock(String start) {
        this.now = Instant.parse(start);
    }

    public void advance(Duration by) {
        now = now.plus(by);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return now;
    }
}
