package ua.orderflow;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** Our tables keep timestamps without a zone, always in UTC: this is "now" as they store it. */
public final class DbTime {

    private DbTime() {
    }

    public static LocalDateTime now(Clock clock) {
        return LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
