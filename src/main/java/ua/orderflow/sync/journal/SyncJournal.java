package ua.orderflow.sync.journal;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import ua.orderflow.DbTime;

/**
 * Writes and reads the sync journal. A run's start and end commit on their own (REQUIRES_NEW), so a
 * failed run stays on record; events go with the work that caused them.
 */
@Service
public class SyncJournal {

    private static final int MAX_TEXT = 2000;

    private final JdbcClient jdbc;
    private final Clock clock;

    public SyncJournal(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public long startRun(String shopId, String trigger, LocalDateTime windowFrom, LocalDateTime windowTo) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into sync_run (shop_id, trigger_kind, started_at, window_from, window_to, outcome)
                values (:shop, :trigger, :now, :from, :to, 'RUNNING')""")
                .param("shop", shopId).param("trigger", trigger).param("now", now())
                .param("from", windowFrom).param("to", windowTo)
                .update(key, "id");
        return key.getKey().longValue();
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void finish(long runId, RunOutcome outcome, RunCounts counts, String error) {
        jdbc.sql("""
                update sync_run set finished_at = :now, outcome = :outcome, orders_seen = :seen,
                    imported = :imported, updated = :updated, warnings = :warnings, error = :error
                where id = :id""")
                .param("now", now()).param("outcome", outcome.name()).param("seen", counts.seen())
                .param("imported", counts.imported()).param("updated", counts.updated())
                .param("warnings", counts.warnings()).param("error", clip(error)).param("id", runId)
                .update();
    }

    /**
     * Marks failed the runs of a shop still RUNNING: called by the lease holder, to whom such a run can
     * only be one whose node stopped in the middle (killed, out of power). Returns how many.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public int abandonRunning(String shopId) {
        return jdbc.sql("""
                update sync_run set finished_at = :now, outcome = 'FAILED', error = :error
                where shop_id = :shop and outcome = 'RUNNING'""")
                .param("now", now()).param("shop", shopId)
                .param("error", "Запуск перервано: вузол, що його виконував, зупинився посеред синхронізації")
                .update();
    }

    /** Joins the caller's transaction: a job step holding one connection must not wait for a second. */
    public void record(Long runId, String shopId, Long orderId, EventKind kind, Severity severity,
            String message, String details) {
        jdbc.sql("""
                insert into sync_event (run_id, shop_id, order_id, kind, severity, message, details, created_at)
                values (:run, :shop, :order, :kind, :severity, :message, :details, :now)""")
                .param("run", runId).param("shop", shopId).param("order", orderId).param("kind", kind.name())
                .param("severity", severity.name()).param("message", clip(message)).param("details", details)
                .param("now", now())
                .update();
    }

    public List<SyncRun> runs(String shopId, int limit) {
        return jdbc.sql("""
                select * from sync_run where (cast(:shop as varchar(64)) is null or shop_id = :shop)
                order by id desc limit :limit""")
                .param("shop", shopId).param("limit", limit)
                .query(SyncRun.class).list();
    }

    public Optional<SyncRun> run(long id) {
        return jdbc.sql("select * from sync_run where id = :id").param("id", id).query(SyncRun.class).optional();
    }

    public List<SyncEvent> runEvents(long runId) {
        return jdbc.sql("select * from sync_event where run_id = :run order by id")
                .param("run", runId).query(SyncEvent.class).list();
    }

    public List<SyncEvent> orderEvents(String shopId, long orderId) {
        return jdbc.sql("select * from sync_event where shop_id = :shop and order_id = :order order by id")
                .param("shop", shopId).param("order", orderId).query(SyncEvent.class).list();
    }

    private LocalDateTime now() {
        return DbTime.now(clock);
    }

    private static String clip(String text) {
        return text == null || text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT);
    }
}
