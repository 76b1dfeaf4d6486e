package ua.orderflow.desk;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import ua.orderflow.sync.journal.SyncEvent;
import ua.orderflow.sync.journal.SyncRun;

/** The sync journal as the desk reads it: recent runs with the quiet ones folded, events by filter. */
@Repository
public class DeskJournal {

    static final int RUNS = 100;
    static final int EVENTS = 300;

    /** Runs that found nothing (OK, nothing imported or updated, no warnings) are only counted. */
    public record Runs(List<SyncRun> shown, long quiet) {
    }

    private final JdbcClient jdbc;

    public DeskJournal(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Runs runs(String shop) {
        List<SyncRun> shown = jdbc.sql("""
                select * from sync_run where (cast(:shop as varchar(64)) is null or shop_id = :shop)
                  and not (outcome = 'OK' and imported = 0 and updated = 0 and warnings = 0)
                order by id desc limit :limit""")
                .param("shop", shop).param("limit", RUNS).query(SyncRun.class).list();
        long quiet = jdbc.sql("""
                select count(*) from sync_run where (cast(:shop as varchar(64)) is null or shop_id = :shop)
                  and outcome = 'OK' and imported = 0 and updated = 0 and warnings = 0""")
                .param("shop", shop).query(Long.class).single();
        return new Runs(shown, quiet);
    }

    /** Events newest first; {@code from} and {@code to} are Kyiv dates, both days included. */
    public List<SyncEvent> events(String shop, String severity, String kind, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                select * from sync_event where (cast(:shop as varchar(64)) is null or shop_id = :shop)
                  and (cast(:severity as varchar(16)) is null or severity = :severity)
                  and (cast(:kind as varchar(32)) is null or kind = :kind)
                  and (cast(:from as timestamp) is null or created_at >= :from)
                  and (cast(:to as timestamp) is null or created_at < :to)
                order by id desc limit :limit""")
                .param("shop", shop).param("severity", severity).param("kind", kind)
                .param("from", utcStartOf(from)).param("to", to == null ? null : utcStartOf(to.plusDays(1)))
                .param("limit", EVENTS).query(SyncEvent.class).list();
    }

    private static LocalDateTime utcStartOf(LocalDate kyivDay) {
        return kyivDay == null ? null
                : kyivDay.atStartOfDay(Formats.KYIV).withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime();
    }
}
