package ua.orderflow.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The statements PostgreSQL spent a phase on, from pg_stat_statements, when the benchmark runs with
 * -Dbench.statements=true (the embedded server then preloads it): the evidence behind a change that
 * moves the database's share of CPU.
 */
final class DbStatements {

    private final JdbcClient jdbc;
    private final boolean on = Boolean.getBoolean("bench.statements");

    DbStatements(JdbcClient jdbc) {
        this.jdbc = jdbc;
        if (on) {
            jdbc.sql("create extension if not exists pg_stat_statements").update();
        }
    }

    void reset() {
        if (on) {
            jdbc.sql("select pg_stat_statements_reset()").query(Object.class).list();
        }
    }

    /** One statement's totals since the last reset. */
    private record Statement(long calls, double ms, long rows, String query) {
    }

    /**
     * The top statements by execution time since the last reset, per order, into target/bench/{name};
     * every statement by its count into {name}-by-calls.txt (what a change of the process removes).
     */
    void write(String name, int orders) throws Exception {
        if (!on) {
            return;
        }
        List<Statement> all = jdbc.sql("select calls, total_exec_time + total_plan_time as ms, rows, query from pg_stat_statements"
                + " order by total_exec_time + total_plan_time desc")
                .query((rs, n) -> new Statement(rs.getLong("calls"), rs.getDouble("ms"), rs.getLong("rows"),
                        rs.getString("query").replaceAll("\\s+", " "))).list();
        StringBuilder lines = new StringBuilder(String.format("all statements: %.2f per order, %.3f ms per order%n",
                all.stream().mapToLong(Statement::calls).sum() / (double) orders,
                all.stream().mapToDouble(Statement::ms).sum() / orders));
        lines.append(String.format("%10s %10s %10s  %s%n", "calls/ord", "ms/ord", "rows/ord", "query"));
        all.stream().limit(60).forEach(st -> lines.append(String.format("%10.2f %10.3f %10.2f  %s%n",
                st.calls() / (double) orders, st.ms() / orders, st.rows() / (double) orders, st.query())));
        StringBuilder byCalls = new StringBuilder(String.format("%10s %10s  %s%n", "calls/ord", "ms/ord", "query"));
        all.stream().sorted(Comparator.comparingLong(Statement::calls).reversed()).forEach(st -> byCalls.append(
                String.format("%10.2f %10.3f  %s%n", st.calls() / (double) orders, st.ms() / orders, st.query())));
        Path dir = Path.of("target", "bench");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(name), lines.toString());
        Files.writeString(dir.resolve(name.replace(".txt", "-by-calls.txt")), byCalls.toString());
    }
}
