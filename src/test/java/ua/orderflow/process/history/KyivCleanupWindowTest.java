package ua.orderflow.process.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.impl.jobexecutor.historycleanup.BatchWindow;
import org.junit.jupiter.api.Test;

/** The cleanup window stays at Kyiv's 01:00-05:00 in winter and summer, whatever the JVM's zone. */
class KyivCleanupWindowTest {

    private final KyivCleanupWindow night = new KyivCleanupWindow(ZoneId.of("Europe/Kyiv"),
            LocalTime.of(1, 0), LocalTime.of(5, 0));

    @Test
    void aWinterDayWaitsForTonightsWindowAtUtcPlusTwo() {
        BatchWindow window = night.getCurrentOrNextBatchWindow(at("2026-12-01T10:00:00Z"), null);
        assertWindow(window, "2026-12-01T23:00:00Z", "2026-12-02T03:00:00Z");
    }

    @Test
    void aSummerDayWaitsForTonightsWindowAtUtcPlusThree() {
        BatchWindow window = night.getCurrentOrNextBatchWindow(at("2026-07-01T10:00:00Z"), null);
        assertWindow(window, "2026-07-01T22:00:00Z", "2026-07-02T02:00:00Z");
    }

    @Test
    void insideTheWindowItIsTheCurrentOneAndTheNextIsTomorrowNights() {
        Date kyivHalfPastTwo = at("2026-12-02T00:30:00Z");
        assertWindow(night.getCurrentOrNextBatchWindow(kyivHalfPastTwo, null), "2026-12-01T23:00:00Z",
                "2026-12-02T03:00:00Z");
        assertWindow(night.getNextBatchWindow(kyivHalfPastTwo, null), "2026-12-02T23:00:00Z", "2026-12-03T03:00:00Z");
    }

    @Test
    void theNightClocksGoForwardTheWindowIsAnHourShorter() {
        // 28 March 2027, 03:00 EET becomes 04:00 EEST
        BatchWindow window = night.getCurrentOrNextBatchWindow(at("2027-03-27T12:00:00Z"), null);
        assertWindow(window, "2027-03-27T23:00:00Z", "2027-03-28T02:00:00Z");
    }

    @Test
    void aWindowAcrossMidnightEndsTheNextMorning() {
        KyivCleanupWindow late = new KyivCleanupWindow(ZoneId.of("Europe/Kyiv"), LocalTime.of(23, 0), LocalTime.of(2, 0));
        assertWindow(late.getCurrentOrNextBatchWindow(at("2026-12-01T10:00:00Z"), null), "2026-12-01T21:00:00Z",
                "2026-12-02T00:00:00Z");
    }

    private static Date at(String instant) {
        return Date.from(Instant.parse(instant));
    }

    private static void assertWindow(BatchWindow window, String start, String end) {
        assertThat(window.getStart().toInstant()).isEqualTo(Instant.parse(start));
        assertThat(window.getEnd().toInstant()).isEqualTo(Instant.parse(end));
    }
}
