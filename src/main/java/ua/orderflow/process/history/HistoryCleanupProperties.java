package ua.orderflow.process.history;

import java.time.LocalTime;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code orderflow.history.cleanup-window-*}: when the engine's history cleanup runs, Kyiv time. */
@ConfigurationProperties("orderflow.history")
public record HistoryCleanupProperties(LocalTime cleanupWindowStart, LocalTime cleanupWindowEnd) {

    public HistoryCleanupProperties {
        cleanupWindowStart = cleanupWindowStart == null ? LocalTime.of(1, 0) : cleanupWindowStart;
        cleanupWindowEnd = cleanupWindowEnd == null ? LocalTime.of(5, 0) : cleanupWindowEnd;
    }
}
