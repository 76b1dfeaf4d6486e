package ua.orderflow.faults;

import java.nio.file.Files;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import ua.orderflow.support.ServiceJvm;
import ua.orderflow.sync.SandboxAdmin;

/**
 * kill -9 of the only node while its first sync imports the orders (their acknowledgements queued as
 * jobs), and in the full form again right after the managers confirmed every order (the
 * confirmations' re-reads, invoices and pushes queued), each time started again on the same
 * database: PostgreSQL, or an H2 file.
 */
final class KillMidSync implements Scenario {

    private final boolean h2;
    private final int orders;
    private final boolean killConfirming;

    KillMidSync(boolean h2, int orders, boolean killConfirming) {
        this.h2 = h2;
        this.orders = orders;
        this.killConfirming = killConfirming;
    }

    @Override
    public String name() {
        return h2 ? "kill -9 mid-sync, H2 file" : "kill -9 mid-sync, PostgreSQL";
    }

    @Override
    public Map<String, Object> run(Lab lab) throws Exception {
        long start = System.nanoTime();
        SandboxAdmin sandbox = lab.sandbox();
        sandbox.reset();
        Database database = h2 ? h2File() : lab.postgres("kill_pg");
        ServiceJvm node = lab.node(h2 ? "solo-h2" : "solo-pg", database, Map.of());
        Lifecycle life = new Lifecycle(sandbox, new Manager(() -> node));
        // the orders wait before the node starts: its first sync has them all to import
        List<Long> ids = life.order(orders);
        Map<String, Object> figures = new LinkedHashMap<>();
        try {
            node.start().awaitReady(Lab.START);
            JdbcClient db = database.jdbc();
            Agreement agreement = Agreement.restockAndStart(db, sandbox);

            Scenario.await("a third imported", Duration.ofMinutes(3), Duration.ofMillis(50),
                    () -> imported(db) >= orders / 3);
            figures.put("imported_at_kill", imported(db));
            figures.put("jobs_at_kill", jobs(db));
            node.kill();
            long restart = System.nanoTime();
            node.start().awaitReady(Lab.START);
            Scenario.await("every order acknowledged", Duration.ofMinutes(5), Duration.ofSeconds(1),
                    () -> sandbox.countInStatus(26) + sandbox.countInStatus(2) >= orders);
            figures.put("import_recover_s", Scenario.seconds(Duration.ofNanos(System.nanoTime() - restart)));

            if (killConfirming) {
                Scenario.await("orders confirmed", Duration.ofMinutes(3), Duration.ofSeconds(1), () -> {
                    life.round();
                    return jobs(db) > 0 || sandbox.countInStatus(2) >= orders;
                });
                figures.put("jobs_at_second_kill", jobs(db));
                node.kill();
                node.start().awaitReady(Lab.START);
            }
            Agreement.Settled settled = agreement.settle(ids, Duration.ofMinutes(6));
            Map<String, Object> row = Scenario.row(name(), settled, start);
            row.putAll(figures);
            return row;
        } finally {
            node.stop();
        }
    }

    private static Database h2File() throws Exception {
        java.nio.file.Path dir = ServiceJvm.DIR.resolve("h2");
        if (Files.isDirectory(dir)) {
            try (var files = Files.list(dir)) {
                for (java.nio.file.Path file : files.toList()) {
                    Files.delete(file);
                }
            }
        }
        Files.createDirectories(dir);
        return Database.h2File(dir.resolve("orderflow"));
    }

    private static long imported(JdbcClient db) {
        return db.sql("select count(*) from marketplace_order").query(Long.class).single();
    }

    private static long jobs(JdbcClient db) {
        return db.sql("select count(*) from act_ru_job where type_ = 'message'").query(Long.class).single();
    }
}
