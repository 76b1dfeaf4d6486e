package ua.orderflow.bench;

import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import ua.orderflow.support.PostgresIntegrationTest;
import ua.orderflow.support.SandboxJvm;
import ua.orderflow.support.ServiceJvm;

/**
 * The import and the lifecycle again with a second node: the service's jar as its own JVM on the same
 * PostgreSQL, with the same JVM settings, its job executor and its sync loop on (the homogeneous
 * cluster of README "Running on PostgreSQL"). The benchmark's JVM stays the first node and the driver:
 * it starts the syncs (the shop's lease decides which node runs one) and completes the managers' tasks;
 * the engine's jobs go to whichever node acquires them first. Counts what each node did, checks that
 * every order has exactly one instance, and what the database and each JVM spent on CPU per order.
 */
final class TwoNodesPhase {

    /** The two nodes' names in the engine's job log (its HOSTNAME_) and in the shop leases. */
    static final String FIRST = "bench-a";
    static final String SECOND = "bench-b";

    /** The benchmark's own phases, measured the same way with one node and with two. */
    interface Phases {
        /** New orders in the sandbox, before any reading: the buyers' side is not the service's cost. */
        void placeOrders(int count);

        double importPlaced(int count) throws Exception;

        double lifecycle(int count) throws Exception;

        void cleanSlate();

        /** Writes the first node's engine metrics to the database now (the engine does every 15 minutes). */
        void reportMetrics();
    }

    private final Phases phases;
    private final JdbcClient jdbc;
    private final String databaseUrl;
    private final int sandboxPort;

    TwoNodesPhase(Phases phases, JdbcClient jdbc, String databaseUrl, int sandboxPort) {
        this.phases = phases;
        this.jdbc = jdbc;
        this.databaseUrl = databaseUrl;
        this.sandboxPort = sandboxPort;
    }

    Map<String, Object> run(int orders, CpuTime cpu) throws Exception {
        phases.cleanSlate();
        ServiceJvm second = node(SECOND, databaseUrl, sandboxPort).start().awaitReady(Duration.ofMinutes(4));
        Map<String, Object> results = new LinkedHashMap<>();
        results.put("two_nodes_orders", orders);
        try {
            CpuTime withSecond = cpu.with(SECOND, second.pid());
            phases.reportMetrics();
            phases.placeOrders(orders);
            Timestamp started = jdbc.sql("select now()").query(Timestamp.class).single();
            Map<String, Double> cpu0 = withSecond.now();
            long firstPid = ProcessHandle.current().pid();
            double firstJit0 = CpuTime.compilerSeconds(firstPid);
            double secondJit0 = CpuTime.compilerSeconds(second.pid());
            double importSeconds = phases.importPlaced(orders);
            results.put("two_nodes_import_orders_per_s", BenchFigures.round(orders / importSeconds));
            results.put("two_nodes_instances_twice", businessKeysStartedTwice());
            results.put("two_nodes_instances", instances());
            double lifecycleSeconds = phases.lifecycle(orders);
            results.put("two_nodes_lifecycle_orders_per_s", BenchFigures.round(orders / lifecycleSeconds));
            results.put("two_nodes_cpu_s_per_1000_orders", BenchFigures.perThousand(CpuTime.spent(cpu0, withSecond.now()), orders));
            // the first node comes warmed up by the one-node phases, the second starts cold: the CPU its
            // JIT compiler threads spent within the measured phases is part of its CPU above
            results.put("two_nodes_jit_cpu_s", Map.of(FIRST, BenchFigures.round(CpuTime.compilerSeconds(firstPid) - firstJit0),
                    SECOND, BenchFigures.round(CpuTime.compilerSeconds(second.pid()) - secondJit0)));
            results.put("two_nodes_second_rss_mb", BenchFigures.round(second.rssMb()));
            // a node that stops reports its engine metrics on the way out
            second.stop();
            phases.reportMetrics();
            results.put("two_nodes_job_share", shares(jobsDoneByNode(started)));
        } finally {
            second.stop();
        }
        phases.cleanSlate();
        return results;
    }

    /**
     * A node of the service's jar on the benchmark's database and sandbox, with the README's JVM
     * settings, its job executor and its sync loop on at their defaults.
     */
    static ServiceJvm node(String name, String databaseUrl, int sandboxPort) {
        Map<String, String> environment = new LinkedHashMap<>(SandboxJvm.defaultShopOn(sandboxPort));
        environment.put("ORDERFLOW_DB_URL", databaseUrl);
        environment.put("ORDERFLOW_DB_USER", "postgres");
        environment.put("ORDERFLOW_DB_PASSWORD", "postgres");
        environment.put("ORDERFLOW_SYNC_NODE_ID", name);
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("orderflow.sandbox.enabled", "false");
        // as on the first node: stock pushes are the offers benchmark's business, not this one's
        settings.put("orderflow.offers.push-enabled", "false");
        settings.put("orderflow.admin.user", PostgresIntegrationTest.ADMIN);
        settings.put("orderflow.admin.password", PostgresIntegrationTest.ADMIN_PASSWORD);
        settings.put("camunda.bpm.generic-properties.properties.hostname", name);
        return ServiceJvm.of(name, environment, settings).logsIn(Path.of("target", "bench"));
    }

    /**
     * Jobs each node ran since {@code since}, from the engine's own metric (job-successful, reported
     * under each node's hostname): the history writes no job-log row for a successful job.
     */
    private Map<String, Long> jobsDoneByNode(Timestamp since) {
        Map<String, Long> done = new TreeMap<>();
        jdbc.sql("select REPORTER_, sum(VALUE_) from ACT_RU_METER_LOG where NAME_ = 'job-successful' and TIMESTAMP_ >= :since"
                + " group by REPORTER_").param("since", since)
                .query((rs, n) -> done.put(rs.getString(1), rs.getLong(2))).list();
        return done;
    }

    private static Map<String, Object> shares(Map<String, Long> done) {
        long total = done.values().stream().mapToLong(Long::longValue).sum();
        Map<String, Object> shares = new LinkedHashMap<>();
        done.forEach((node, count) -> shares.put(node, BenchFigures.round(count / (double) Math.max(1, total))));
        shares.put("jobs", total);
        return shares;
    }

    private long businessKeysStartedTwice() {
        return jdbc.sql("select count(*) from (select BUSINESS_KEY_ from ACT_HI_PROCINST where PROC_DEF_KEY_ = 'rozetka-order'"
                + " group by BUSINESS_KEY_ having count(*) > 1) twice").query(Long.class).single();
    }

    private long instances() {
        return jdbc.sql("select count(*) from ACT_HI_PROCINST where PROC_DEF_KEY_ = 'rozetka-order'").query(Long.class).single();
    }
}
