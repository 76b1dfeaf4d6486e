package ua.orderflow.process.history;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.function.Predicate;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.historycleanup.BatchWindow;
import org.camunda.bpm.engine.impl.jobexecutor.historycleanup.BatchWindowManager;

/**
 * The history cleanup's nightly window as wall-clock times of one zone. The engine's own settings
 * (historyCleanupBatchWindowStartTime "HH:mm" or "HH:mmZ") are read in the JVM's zone, often UTC on a
 * server, and a fixed offset would be an hour off from the next DST switch until a restart; here
 * every night's window is placed in the zone itself, so 01:00 stays 01:00 in Kyiv all year (on the
 * switch nights the window is an hour shorter or longer). The engine asks this for the job's due
 * dates and for the window that the REST configuration endpoint reports.
 */
final class KyivCleanupWindow implements BatchWindowManager {

    private final ZoneId zone;
    private final LocalTime start;
    private final LocalTime end;

    KyivCleanupWindow(ZoneId zone, LocalTime start, LocalTime end) {
        this.zone = zone;
        this.start = start;
        this.end = end;
    }

    @Override
    public BatchWindow getCurrentOrNextBatchWindow(Date date, ProcessEngineConfigurationImpl configuration) {
        Instant now = date.toInstant();
        return firstWindow(now, w -> w.getEnd().toInstant().isAfter(now));
    }

    @Override
    public BatchWindow getNextBatchWindow(Date date, ProcessEngineConfigurationImpl configuration) {
        Instant now = date.toInstant();
        return firstWindow(now, w -> w.getStart().toInstant().isAfter(now));
    }

    @Override
    public boolean isBatchWindowConfigured(ProcessEngineConfigurationImpl configuration) {
        return true;
    }

    /** Starts with the night that began yesterday: at 02:00 its window is still open. */
    private BatchWindow firstWindow(Instant now, Predicate<BatchWindow> wanted) {
        LocalDate day = LocalDate.ofInstant(now, zone).minusDays(1);
        BatchWindow window = windowOf(day);
        while (!wanted.test(window)) {
            day = day.plusDays(1);
            window = windowOf(day);
        }
        return window;
    }

    /** An end not after the start is the next morning's, as the engine reads its own settings. */
    private BatchWindow windowOf(LocalDate day) {
        ZonedDateTime from = day.atTime(start).atZone(zone);
        ZonedDateTime to = (end.isAfter(start) ? day : day.plusDays(1)).atTime(end).atZone(zone);
        return new BatchWindow(Date.from(from.toInstant()), Date.from(to.toInstant()));
    }
}
