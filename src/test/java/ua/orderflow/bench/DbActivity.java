package ua.orderflow.bench;

import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the database wrote for a phase, from PostgreSQL's own counters: committed transactions (each
 * one a WAL flush on a server with fsync on, which the embedded one here is not) and WAL bytes (what
 * its disk and a replica must take).
 */
final class DbActivity {

    private final JdbcClient jdbc;

    DbActivity(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Commits and the WAL position now. */
    long[] now() {
        // the statistics of a backend reach the shared counters when it is idle or every second: a
        // reading may miss the last second's commits, a few against thousands
        return jdbc.sql("select (select sum(xact_commit) from pg_stat_database),"
                + " pg_wal_lsn_diff(pg_current_wal_lsn(), '0/0')::bigint")
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).single();
    }

    /** Commits and WAL kilobytes per order between two readings. */
    static Map<String, Object> perOrder(long[] before, long[] after, int orders) {
        return Map.of("commits", BenchFigures.round((after[0] - before[0]) / (double) orders),
                "wal_kb", BenchFigures.round((after[1] - before[1]) / 1024.0 / orders));
    }
}
