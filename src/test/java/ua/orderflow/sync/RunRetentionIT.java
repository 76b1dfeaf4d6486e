package ua.orderflow.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import ua.orderflow.DbTime;
import ua.orderflow.support.PostgresIntegrationTest;
import ua.orderflow.sync.journal.RunRetention;

/**
 * The journal's retention on PostgreSQL: runs that found nothing go after 7 days, the others with
 * their events after the history TTL (180 days). Only this test's shop is looked at: other tests'
 * runs share the table.
 */
@PostgresIntegrationTest
class RunRetentionIT {

    private static final String SHOP = "retention-shop";

    @Autowired
    RunRetention retention;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    @Test
    void emptyRunsGoAfterAWeekAndEveryRunWithItsEventsAfterTheHistoryTtl() {
        run(days(8), "OK", 0, 0);
        long recentEmpty = run(days(6), "OK", 0, 0);
        long oldWithEvent = run(days(8), "OK", 1, 0);
        long oldEvent = event(oldWithEvent);
        // a run that counted an update found something, even where it journalled no event
        long oldUpdated = run(days(8), "OK", 0, 1);
        long oldFailed = run(days(8), "FAILED", 0, 0);
        long expiredEvent = event(run(days(181), "WITH_WARNINGS", 1, 0));
        run(days(181), "FAILED", 0, 0);

        retention.prune();

        assertThat(jdbc.sql("select id from sync_run where shop_id = :shop order by id").param("shop", SHOP)
                .query(Long.class).list())
                .containsExactly(recentEmpty, oldWithEvent, oldUpdated, oldFailed);
        assertThat(jdbc.sql("select id from sync_event where id in (:ids)").param("ids", List.of(oldEvent, expiredEvent))
                .query(Long.class).list())
                .containsExactly(oldEvent);
    }

    private LocalDateTime days(int ago) {
        return DbTime.now(clock).minus(Duration.ofDays(ago));
    }

    private long run(LocalDateTime started, String outcome, int imported, int updated) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into sync_run (shop_id, trigger_kind, started_at, finished_at, window_from, window_to, outcome,
                    imported, updated)
                values (:shop, 'SCHEDULED', :started, :started, :started, :started, :outcome, :imported, :updated)""")
                .param("shop", SHOP).param("started", started).param("outcome", outcome)
                .param("imported", imported).param("updated", updated)
                .update(key, "id");
        return key.getKey().longValue();
    }

    private long event(long run) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into sync_event (run_id, shop_id, order_id, kind, severity, message, created_at)
                values (:run, :shop, 1, 'IMPORTED', 'INFO', 'Замовлення 1 імпортовано', :now)""")
                .param("run", run).param("shop", SHOP).param("now", DbTime.now(clock))
                .update(key, "id");
        return key.getKey().longValue();
    }
}
