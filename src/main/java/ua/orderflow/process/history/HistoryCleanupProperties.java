package ua.orderflow.process.history;

import java.time.LocalTime;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code orderflow.history.cleanup-window-*}: when the engine's history cleanup runs, Kyiv time.
 *
 * @param cleanupWindowStart when the nightly history cleanup may start, Kyiv time (01:00)
 * @param cleanupWindowEnd when it must stop, Kyiv time (05:00); before the start means the next morning
 */
@ConfigurationProperties("orderflow.history")
public record HistoryCleanupProperties(LocalTime cleanupWindowStart, LocalTime cleanupWindowEnd) {

    public HistoryCleanupProperties {
        cleanupWindowStart = cleanupWindowStart == null ? LocalTime.of(1, 0) : cleanupWindowStart;
        cleanupWindowEnd = cleanupWindowEnd == null ? LocalTime.of(5, 0) : cleanupWindowEnd;
    }
}
