package ua.orderflow.bench;

import static ua.orderflow.bench.BenchFigures.round;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import ua.orderflow.accounting.CatalogueImport;
import ua.orderflow.support.PostgresIntegrationTest;
import ua.orderflow.support.SandboxJvm;
import ua.orderflow.support.ServiceJvm;
import ua.orderflow.support.SharedPostgres;
import ua.orderflow.support.TestData;
import ua.orderflow.sync.SandboxAdmin;
import ua.orderflow.sync.ShopSync;

/**
 * The benchmark (mvn -B -Pbench verify, -Dbench.orders=N, -Dbench.open=N): the whole service on the
 * embedded PostgreSQL with the job executor on, in this JVM, and the sandbox (ROZETKA and Nova
 * Poshta) in a JVM of its own over HTTP, so that this JVM's memory is the service's alone. Prints a
 * table and writes target/bench/results.json. Waiting here is polling a condition, as a user watching
 * would.
 */
@PostgresIntegrationTest
@TestPropertySource(properties = {
        "camunda.bpm.job-execution.enabled=true",
        "orderflow.sandbox.enabled=false",
        "orderflow.sync.node-id=" + TwoNodesPhase.FIRST,
        "camunda.bpm.generic-properties.properties.hostname=" + TwoNodesPhase.FIRST})
class OrderFlowBench {

    private static final String SHOP = "sandbox";
    private static final int ORDERS = Integer.getInteger("bench.orders", 5000);
    private static final int OPEN = Integer.getInteger("bench.open", 20000);
    private static final int WARMUP = Integer.getInteger("bench.warmup", 500);
    /** What-if: ROZETKA answering its order calls this many ms late (0: the sandbox's own speed). */
    private static final int LATENCY_MS = Integer.getInteger("bench.latency", 0);
    /** -Dbench.two-nodes=false skips the two-node phase (while iterating on the others). */
    private static final boolean TWO_NODES = Boolean.parseBoolean(System.getProperty("bench.two-nodes", "true"));

    /** The jar node that imports and holds the open orders (its name in the leases and the job metrics). */
    private static final String OPEN_NODE = "bench-open";

    private static ServiceJvm sandboxJvm;

    @LocalServerPort
    int port;
    @Autowired
    ShopSync sync;
    @Autowired
    ProcessEngine engine;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    CatalogueImport catalogue;

    @TestConfiguration
    static class Baseline {
        @Bean
        JavaDelegate benchNoop() {
            return execution -> { };
        }
    }

    /** Started before the service's context, which looks up its Nova Poshta sender there at start. */
    @DynamicPropertySource
    static void sandboxApart(DynamicPropertyRegistry registry) {
        sandboxJvm = SandboxJvm.create("sandbox", PostgresIntegrationTest.ADMIN_PASSWORD, Map.of())
                .logsIn(Path.of("target", "bench")).start().awaitReady(Duration.ofMinutes(4));
        SandboxJvm.defaultShopOn(sandboxJvm.port()).forEach((key, value) -> registry.add(key, () -> value));
    }

    @AfterAll
    static void stopSandbox() {
        if (sandboxJvm != null) {
            sandboxJvm.stop();
        }
    }

    @Test
    void measure() throws Exception {
        Map<String, Object> results = new LinkedHashMap<>();
        SandboxAdmin sandbox = new SandboxAdmin(sandboxJvm.port(), SandboxJvm.ADMIN, PostgresIntegrationTest.ADMIN_PASSWORD);
        CpuTime cpu = CpuTime.of(URI.create(jdbcUrl().substring("jdbc:".length())).getPort(),
                Map.of("service", ProcessHandle.current().pid(), "sandbox", sandboxJvm.pid()));
        cleanSlate(sandbox);
        results.put("orders", ORDERS);
        results.put("rozetka_latency_ms", LATENCY_MS);

        // 0. warm-up: the same import and lifecycle for a few hundred orders, then a clean slate. The
        //    figures below are then the running service's; a JVM just started compiles its hot paths
        //    during the first minute, and that first import's rate is reported apart
        if (WARMUP > 0) {
            placeOrders(sandbox, WARMUP);
            results.put("import_cold_orders_per_s", round(WARMUP / importPlaced(sandbox, WARMUP)));
            lifecycle(sandbox, WARMUP);
            cleanSlate(sandbox);
        }

        // 1. import: N new orders, from the first sync to every instance at confirm-order with 26 pushed.
        //    Placed in the sandbox before any reading: the buyers' side costs the service nothing
        placeOrders(sandbox, ORDERS);
        Map<String, Long> bytes0 = tableBytes();
        long calls0 = calls(sandbox);
        Map<String, Long> rows0 = rowsStored();
        DbActivity db = new DbActivity(jdbc);
        DbStatements statements = new DbStatements(jdbc);
        statements.reset();
        JsonNode endpoints0 = sandbox.stats().path("calls");
        long[] db0 = db.now();
        Map<String, Double> cpu0 = cpu.now();
        double importSeconds = importPlaced(sandbox, ORDERS);
        Map<String, Double> importCpu = CpuTime.spent(cpu0, cpu.now());
        long[] db1 = db.now();
        long importCalls = calls(sandbox) - calls0;
        statements.write("statements-import.txt", ORDERS);
        results.put("import_calls_per_order", callsPerOrder(endpoints0, sandbox.stats().path("calls")));
        results.put("import_orders_per_s", round(ORDERS / importSeconds));
        results.put("rows_per_order_at_confirm", rowsPer(rows0, rowsStored(), ORDERS, "rows-per-order.txt"));

        // 2. the bare engine on the same database: same async step, no-op delegate
        engine.getRepositoryService().createDeployment().addClasspathResource("bench/bench-bare.bpmn").deploy();
        Map<String, Long> bareRows0 = rowsStored();
        long b0 = System.nanoTime();
        for (int i = 0; i < ORDERS; i++) {
            engine.getRuntimeService().startProcessInstanceByKey("bench-bare", "bare:" + i);
        }
        waitUntil(Duration.ofMinutes(30), () -> engine.getTaskService().createTaskQuery()
                .processDefinitionKey("bench-bare").count() >= ORDERS);
        double bare = ORDERS / seconds(b0);
        results.put("bare_instances_per_s", round(bare));
        results.put("ratio_to_bare", round((ORDERS / importSeconds) / bare));
        results.put("rows_per_bare_instance_at_task", rowsPer(bareRows0, rowsStored(), ORDERS, "rows-per-bare-instance.txt"));
        engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("bench-bare").list()
                .forEach(p -> engine.getRuntimeService().deleteProcessInstance(p.getId(), "bench", true, true));
        // their history too, so that the bytes measured below are the orders' alone
        engine.getHistoryService().deleteHistoricProcessInstances(engine.getHistoryService()
                .createHistoricProcessInstanceQuery().processDefinitionKey("bench-bare").list().stream().map(h -> h.getId()).toList());

        // 6a. a sync of the unchanged window
        long pages = (long) Math.ceil(ORDERS / 20.0);
        long u0 = calls(sandbox);
        sync.sync(SHOP, "BENCH");
        results.put("calls_unchanged_sync", calls(sandbox) - u0);
        results.put("pages_in_window", pages);

        // 3. lifecycle: confirm → ship with a TTN → received, through the engine API and the sandbox clock
        long lifecycleCalls0 = calls(sandbox);
        JsonNode lifecycleEndpoints0 = sandbox.stats().path("calls");
        statements.reset();
        long[] lifecycleDb0 = db.now();
        Map<String, Double> lifecycleCpu0 = cpu.now();
        double lifecycleSeconds = lifecycle(sandbox, ORDERS);
        Map<String, Double> lifecycleCpu = CpuTime.spent(lifecycleCpu0, cpu.now());
        long[] lifecycleDb = db.now();
        statements.write("statements-lifecycle.txt", ORDERS);
        results.put("lifecycle_calls_per_order", callsPerOrder(lifecycleEndpoints0, sandbox.stats().path("calls")));
        results.put("lifecycle_orders_per_s", round(ORDERS / lifecycleSeconds));
        results.put("calls_per_lifecycle", round((importCalls + calls(sandbox) - lifecycleCalls0) / (double) ORDERS));
        results.put("incidents", engine.getRuntimeService().createIncidentQuery().count());
        // CPU per 1000 orders over an order's import and life: what sizes the database (README)
        results.put("import_cpu_s_per_1000_orders", BenchFigures.perThousand(importCpu, ORDERS));
        results.put("lifecycle_cpu_s_per_1000_orders", BenchFigures.perThousand(lifecycleCpu, ORDERS));
        results.put("import_db_per_order", DbActivity.perOrder(db0, db1, ORDERS));
        results.put("lifecycle_db_per_order", DbActivity.perOrder(lifecycleDb0, lifecycleDb, ORDERS));

        // 3b. what history costs: the bytes of an order's whole life, then what its history cleanup
        //     leaves. Before the two-node phase, whose clean slate forgets these orders
        results.putAll(historyBytes(bytes0));
        write(results);

        // 3c. the same import and lifecycle with a second node on the same database
        if (TWO_NODES) {
            TwoNodesPhase.Phases phases = new TwoNodesPhase.Phases() {
                @Override
                public void placeOrders(int count) {
                    OrderFlowBench.this.placeOrders(sandbox, count);
                }

                @Override
                public double importPlaced(int count) throws Exception {
                    return OrderFlowBench.this.importPlaced(sandbox, count);
                }

                @Override
                public double lifecycle(int count) throws Exception {
                    return OrderFlowBench.this.lifecycle(sandbox, count);
                }

                @Override
                public void cleanSlate() {
                    OrderFlowBench.this.cleanSlate(sandbox);
                }

                @Override
                public void reportMetrics() {
                    engine.getManagementService().reportDbMetricsNow();
                }
            };
            results.putAll(new TwoNodesPhase(phases, jdbc, jdbcUrl(), sandboxJvm.port()).run(ORDERS, cpu));
            write(results);
        }

        // 4. acknowledgment: orders created one at a time while the sync loop would run; measured on
        //    the sandbox's own times, from creation to status 26
        results.putAll(acknowledgment(sandbox));

        // 5. memory with many open orders, last: nothing has to clear them away afterwards. Measured on a
        //    node of the service's own jar with the README's JVM settings, the service alone without this
        //    JVM's test harness: its sync loop imports them and its job executor runs every step, this
        //    JVM's executor stopped
        cleanSlate(sandbox);
        ((org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
                .getJobExecutor().shutdown();
        ServiceJvm node = TwoNodesPhase.node(OPEN_NODE, jdbcUrl(), sandboxJvm.port()).start()
                .awaitReady(Duration.ofMinutes(4));
        try {
            sandbox.createOrders(OPEN, 1);
            long o0 = System.nanoTime();
            waitUntil(Duration.ofMinutes(60), () -> tasks("confirm-order") >= OPEN);
            // the import again, at the open-order scale: does it slow down as the tables grow?
            results.put("import_open_orders_per_s", round(OPEN / seconds(o0)));
            results.put("open_orders", OPEN);
            node.diagnose("GC.run");
            results.put("rss_mb_open_orders", round(node.rssMb()));
            results.put("rss_peak_mb", round(node.peakRssMb()));
            writeBenchFile("native-memory.txt", node.diagnose("VM.native_memory", "summary"));
            writeBenchFile("heap-after-gc.txt", node.diagnose("GC.heap_info"));
        } finally {
            node.stop();
        }
        System.gc();
        results.put("driver_rss_mb", round(rssMb()));
        results.put("threads_driver", ManagementFactory.getThreadMXBean().getThreadCount());
        results.put("sandbox_rss_mb", round(sandboxJvm.rssMb()));
        results.put("sandbox_rss_peak_mb", round(sandboxJvm.peakRssMb()));

        write(results);
    }

    /** N new orders in the sandbox, card ones paid at checkout so that none waits for a payment. */
    private static void placeOrders(SandboxAdmin sandbox, int count) {
        sandbox.createOrders(count, 1).forEach(sandbox::payIfCard);
    }

    /** The orders placed: first sync → all at confirm-order, 26 pushed. */
    private double importPlaced(SandboxAdmin sandbox, int count) throws Exception {
        long t0 = System.nanoTime();
        syncOnce();
        waitUntil(Duration.ofMinutes(30), () -> tasks("confirm-order") >= count);
        waitUntil(Duration.ofMinutes(5), () -> sandboxStatusCount(sandbox, 26) >= count);
        return seconds(t0);
    }

    /** Every open order confirmed, shipped with a TTN and carried to the buyer on the sandbox clock, until none is open. */
    private double lifecycle(SandboxAdmin sandbox, int count) throws Exception {
        long l0 = System.nanoTime();
        completeAll("confirm-order", Map.of("outcome", "confirmed"));
        waitUntil(Duration.ofMinutes(30), () -> tasks("ship-order") >= count);
        int[] ttn = {0};
        completeAll("ship-order", null, task -> Map.of("ttn", String.format("2045%010d", ++ttn[0]), "ownCourier", false));
        waitUntil(Duration.ofMinutes(30), () -> jobsLeft() == 0 && sandboxStatusCount(sandbox, 3) >= count);
        sandbox.advanceClock("days", 3);
        syncOnce();
        waitUntil(Duration.ofMinutes(30), () -> engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey("rozetka-order").count() == 0);
        return seconds(l0);
    }

    /** A whole sync run on this node; while another node holds the shop's lease, once it has let go. */
    private void syncOnce() throws InterruptedException {
        waitUntil(Duration.ofMinutes(10), () -> sync.sync(SHOP, "BENCH").isPresent());
    }

    /** Creation → 26, with syncs triggered as the default loop does (a count-new check every 10 s). */
    private Map<String, Object> acknowledgment(SandboxAdmin sandbox) throws Exception {
        cleanSlate(sandbox);
        List<Long> ids = new ArrayList<>();
        long start = System.nanoTime();
        long nextCheck = start;
        int count = 30;
        for (int i = 0; i < count; i++) {
            ids.addAll(sandbox.createOrders(1, 1));
            // the next order two seconds on; the loop's check falls due every ten. The driver sleeps
            // between them: a spinning driver would take one of the two cores from the service
            long until = System.nanoTime() + Duration.ofSeconds(2).toNanos();
            while (System.nanoTime() < until) {
                if (System.nanoTime() >= nextCheck) {
                    sync.sync(SHOP, "NEW_ORDERS");
                    nextCheck = System.nanoTime() + Duration.ofSeconds(10).toNanos();
                }
                long pause = Math.min(until, nextCheck) - System.nanoTime();
                if (pause > 0) {
                    Thread.sleep(Duration.ofNanos(pause).toMillis() + 1);
                }
            }
        }
        sync.sync(SHOP, "NEW_ORDERS");
        waitUntil(Duration.ofMinutes(2), () -> ids.stream().allMatch(id -> sandbox.status(id) == 26));
        Acknowledgments latencies = Acknowledgments.of(sandbox, ids);
        Map<String, Object> ack = new LinkedHashMap<>();
        ack.put("ack_samples", latencies.samples());
        ack.put("ack_p50_s", latencies.p50());
        ack.put("ack_p99_s", latencies.p99());
        return ack;
    }

    /** No orders, instances or documents on either side, stock plenty, the sandbox at its start. */
    private void cleanSlate(SandboxAdmin sandbox) {
        TestData.forgetEverything(engine, jdbc, catalogue);
        restockPlenty();
        resetSandbox(sandbox);
    }

    private static void resetSandbox(SandboxAdmin sandbox) {
        sandbox.reset();
        if (LATENCY_MS > 0) {
            for (String endpoint : List.of("orders.search", "orders.get", "orders.update")) {
                sandbox.faults("{\"endpoint\":\"" + endpoint + "\",\"latencyMs\":" + LATENCY_MS + "}");
            }
        }
    }

    /**
     * Bytes per completed order in every table, before and after the engine's history cleanup has
     * removed those orders' history. The cleanup is driven by hand: the orders' removal time is set
     * to the past (what TTL days after their end would do) and the cleanup job is triggered now.
     */
    private Map<String, Object> historyBytes(Map<String, Long> before) throws Exception {
        Map<String, Long> completed = tableBytes();
        var history = engine.getHistoryService();
        history.setRemovalTimeToHistoricProcessInstances().absoluteRemovalTime(java.util.Date.from(java.time.Instant.now().minus(Duration.ofDays(1))))
                .byQuery(history.createHistoricProcessInstanceQuery().processDefinitionKey("rozetka-order"))
                .hierarchical().executeAsync();
        waitUntil(Duration.ofMinutes(30), () -> engine.getManagementService().createBatchQuery().count() == 0);
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("orders_due_for_removal", jdbc.sql("select count(*) from act_hi_procinst where proc_def_key_ = 'rozetka-order'"
                + " and removal_time_ <= now()").query(Long.class).single());
        history.cleanUpHistoryAsync(true);
        waitUntil(Duration.ofMinutes(30), () -> rowsToRemove() == 0);
        Map<String, Long> cleaned = tableBytes();
        StringBuilder lines = new StringBuilder(String.format("%-28s %12s %12s%n", "table", "completed", "cleaned"));
        new TreeMap<>(completed).forEach((table, bytes) -> {
            double life = (bytes - before.getOrDefault(table, 0L)) / (double) ORDERS;
            double left = (cleaned.getOrDefault(table, 0L) - before.getOrDefault(table, 0L)) / (double) ORDERS;
            if (Math.abs(life) >= 1 || Math.abs(left) >= 1) {
                lines.append(String.format("%-28s %12.0f %12.0f%n", table, life, left));
            }
        });
        writeBenchFile("bytes-per-table.txt", lines.toString());
        figures.put("db_bytes_per_completed_order", round(bytesPer(before, completed)));
        figures.put("db_bytes_per_order_after_cleanup", round(bytesPer(before, cleaned)));
        return figures;
    }

    private static double bytesPer(Map<String, Long> before, Map<String, Long> after) {
        long total = 0;
        for (Map.Entry<String, Long> table : after.entrySet()) {
            total += table.getValue() - before.getOrDefault(table.getKey(), 0L);
        }
        return total / (double) ORDERS;
    }

    /** History rows whose removal time has come, in every table that has one. */
    private long rowsToRemove() {
        long rows = 0;
        for (String table : jdbc.sql("select table_name from information_schema.columns where table_schema = current_schema()"
                + " and column_name = 'removal_time_'").query(String.class).list()) {
            rows += jdbc.sql("select count(*) from \"" + table + "\" where removal_time_ <= now()").query(Long.class).single();
        }
        return rows;
    }

    /** Each table's bytes with its indexes and TOAST, as PostgreSQL counts them after compacting it. */
    private Map<String, Long> tableBytes() {
        Map<String, Long> bytes = new TreeMap<>();
        for (String table : jdbc.sql("select table_name from information_schema.tables where table_schema = current_schema()"
                + " and table_type = 'BASE TABLE'").query(String.class).list()) {
            jdbc.sql("vacuum full analyze \"" + table + "\"").update();
            bytes.put(table, jdbc.sql("select pg_total_relation_size(quote_ident(:t)::regclass)").param("t", table)
                    .query(Long.class).single());
        }
        return bytes;
    }

    /** Rows in every table of the schema, the engine's and ours: what an order leaves in the database. */
    private Map<String, Long> rowsStored() {
        Map<String, Long> rows = new TreeMap<>();
        for (String table : jdbc.sql("select table_name from information_schema.tables where table_schema = current_schema()"
                + " and table_type = 'BASE TABLE'").query(String.class).list()) {
            rows.put(table, jdbc.sql("select count(*) from \"" + table + "\"").query(Long.class).single());
        }
        return rows;
    }

    /** Rows per instance that each table gained since {@code before}; written beside the results. */
    private static double rowsPer(Map<String, Long> before, Map<String, Long> after, int instances, String file)
            throws Exception {
        StringBuilder lines = new StringBuilder();
        long total = 0;
        for (Map.Entry<String, Long> table : after.entrySet()) {
            long added = table.getValue() - before.getOrDefault(table.getKey(), 0L);
            if (added != 0) {
                lines.append(String.format("%-28s %8.2f%n", table.getKey(), added / (double) instances));
            }
            total += added;
        }
        writeBenchFile(file, lines.toString());
        return round(total / (double) instances);
    }

    private void restockPlenty() {
        jdbc.sql("update stock set on_hand = 1000000, reserved = 0").update();
    }

    private long tasks(String key) {
        return engine.getTaskService().createTaskQuery().processDefinitionKey("rozetka-order").taskDefinitionKey(key).count();
    }

    private long jobsLeft() {
        return engine.getManagementService().createJobQuery().executable().count();
    }

    private void completeAll(String key, Map<String, Object> variables) {
        completeAll(key, variables, task -> variables);
    }

    private void completeAll(String key, Map<String, Object> ignored, java.util.function.Function<Task, Map<String, Object>> variables) {
        List<Task> open;
        while (!(open = engine.getTaskService().createTaskQuery().processDefinitionKey("rozetka-order")
                .taskDefinitionKey(key).listPage(0, 500)).isEmpty()) {
            open.forEach(task -> engine.getTaskService().complete(task.getId(), variables.apply(task)));
        }
    }

    private static long sandboxStatusCount(SandboxAdmin sandbox, int status) {
        return sandbox.countInStatus(status);
    }

    /** Seller API calls per order by endpoint between two readings of the sandbox's counters. */
    private static Map<String, Double> callsPerOrder(JsonNode before, JsonNode after) {
        Map<String, Double> perOrder = new TreeMap<>();
        after.fields().forEachRemaining(endpoint -> {
            long calls = endpoint.getValue().asLong() - before.path(endpoint.getKey()).asLong();
            if (calls > 0) {
                perOrder.put(endpoint.getKey(), round(calls / (double) ORDERS));
            }
        });
        return perOrder;
    }

    private static long calls(SandboxAdmin sandbox) {
        return sandbox.stats().path("totalCalls").asLong();
    }

    private static void waitUntil(Duration limit, BooleanSupplier done) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("not done within " + limit);
            }
            Thread.sleep(200);
        }
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private static String jdbcUrl() {
        return SharedPostgres.jdbcUrl();
    }

    private static double rssMb() throws Exception {
        return procStatusMb("VmRSS:");
    }

    private static double procStatusMb(String field) throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith(field)) {
                return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
            }
        }
        return Double.NaN;
    }

    private static void writeBenchFile(String name, String text) throws Exception {
        Path dir = Path.of("target", "bench");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(name), text);
    }

    private static void write(Map<String, Object> results) throws Exception {
        writeBenchFile("results.json", new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(results));
        StringBuilder table = new StringBuilder("\n| figure | value |\n|---|---|\n");
        results.forEach((k, v) -> table.append("| ").append(k).append(" | ").append(v).append(" |\n"));
        System.out.println(table);
    }
}
