package ua.orderflow;

import io.micrometer.core.instrument.Clock;
import java.time.Duration;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A value that costs a query (a COUNT over a growing table), read at most once per interval and
 * served from memory in between: Prometheus scrapes every few seconds, and a gauge reading the
 * database on each scrape would put that load on the database for nothing. The read is lazy, on the
 * first {@link #get} after the interval. A failed read answers null (unknown) until the next interval,
 * so a database in trouble is not asked again on every scrape either.
 */
public final class CachedValue<T> {

    /** The interval every gauge over our tables and the engine's uses ({@code orderflow.metrics.gauge-refresh}). */
    public static final String REFRESH = "${orderflow.metrics.gauge-refresh:PT30S}";

    private static final Logger log = LoggerFactory.getLogger(CachedValue.class);

    private final Supplier<T> read;
    private final long intervalNanos;
    private final Clock clock;
    private T value;
    private long readAt;
    private boolean everRead;

    /** {@code clock} is the meter registry's, whose monotonic time tests can move by hand. */
    public CachedValue(Supplier<T> read, Duration interval, Clock clock) {
        this.read = read;
        this.intervalNanos = interval.toNanos();
        this.clock = clock;
    }

    public synchronized T get() {
        long now = clock.monotonicTime();
        if (!everRead || now - readAt >= intervalNanos) {
            everRead = true;
            readAt = now;
            try {
                value = read.get();
            } catch (RuntimeException e) {
                value = null;
                log.warn("A metric could not be read, next try in {} s: {}", intervalNanos / 1_000_000_000L, e.toString());
            }
        }
        return value;
    }
}
