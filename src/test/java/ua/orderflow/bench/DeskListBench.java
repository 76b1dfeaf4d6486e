package ua.orderflow.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.management.ManagementFactory;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import ua.orderflow.accounting.CatalogueImport;
import ua.orderflow.desk.DeskOrders;
import ua.orderflow.desk.OrderFilter;
import ua.orderflow.support.Http;
import ua.orderflow.support.ManyOrders;
import ua.orderflow.support.PostgresIntegrationTest;
import ua.orderflow.support.TestData;
import ua.orderflow.support.TestUsers;

/**
 * The order list's latency (mvn -B -Pbench verify -Dit.test=DeskListBench, -Dbench.desk.orders=N,
 * -Dbench.desk.requests=N): {@code /desk/orders} over HTTP on the embedded PostgreSQL with 20,000
 * orders, the filters a manager uses, one request at a time, as a manager signed in with HTTP Basic.
 * Prints p50/p95 per filter, then the same filters on DeskOrders alone (the database's share), and
 * writes target/bench/desk-list.json and desk-list.txt, with the machine's load average.
 */
@PostgresIntegrationTest
class DeskListBench {

    private static final int ORDERS = Integer.getInteger("bench.desk.orders", 20_000);
    private static final int REQUESTS = Integer.getInteger("bench.desk.requests", 200);
    private static final int WARMUP = 300;

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    JdbcTemplate jdbcTemplate;
    @Autowired
    ObjectMapper json;
    @Autowired
    CatalogueImport catalogue;
    @Autowired
    DeskOrders desk;

    @Test
    void measure() throws Exception {
        TestData.forgetEverything(engine, jdbc, catalogue);
        long loading = System.nanoTime();
        List<ManyOrders.Generated> orders = ManyOrders.load(jdbcTemplate, json, ORDERS, 0);
        double loadSeconds = (System.nanoTime() - loading) / 1e9;
        Http manager = Http.anonymous(port).as(TestUsers.ensure(engine.getIdentityService(), "benchmanager", "managers"),
                TestUsers.PASSWORD);
        ManyOrders.Generated one = orders.get(ORDERS / 2);
        ManyOrders.Generated shipped = orders.stream().filter(o -> !o.ttn().isEmpty()).skip(ORDERS / 20).findFirst()
                .orElseThrow();
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("everything, page 1", "");
        filters.put("everything, page 200", "page=200");
        filters.put("stage", "stage=PROCESSING");
        filters.put("status", "status=26");
        filters.put("date range (a month)", "from=2026-03-01&to=2026-03-31");
        filters.put("stage + date range", "stage=CONFIRMED&from=2026-02-01&to=2026-04-30");
        filters.put("overdue", "overdue=true");
        filters.put("search: order number", "q=" + one.orderId());
        filters.put("search: phone", "q=" + encode("+380 67 " + one.phone().substring(5, 8) + " "
                + one.phone().substring(8, 10) + " " + one.phone().substring(10)));
        filters.put("search: TTN", "q=" + encode(shipped.ttn().substring(0, 4) + " " + shipped.ttn().substring(4)));
        filters.put("search: surname", "q=" + encode("Коваленко"));
        filters.put("search: name and surname", "q=" + encode("олена ковальчук"));

        for (int i = 0; i < WARMUP; i++) {
            List<String> all = List.copyOf(filters.values());
            assertThat(manager.get("/desk/orders?" + all.get(i % all.size())).statusCode()).isEqualTo(200);
        }
        Map<String, Object> results = new LinkedHashMap<>();
        results.put("orders", ORDERS);
        results.put("load_seconds", round(loadSeconds));
        results.put("requests_per_filter", REQUESTS);
        results.put("load_average_at_start", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        Map<String, Object> perFilter = new LinkedHashMap<>();
        List<Double> every = new ArrayList<>();
        StringBuilder table = new StringBuilder(String.format("%-28s %8s %8s %8s%n", "filter", "p50 ms", "p95 ms", "max ms"));
        for (Map.Entry<String, String> filter : filters.entrySet()) {
            List<Double> millis = new ArrayList<>();
            for (int i = 0; i < REQUESTS; i++) {
                long start = System.nanoTime();
                HttpResponse<String> page = manager.get("/desk/orders?" + filter.getValue());
                millis.add((System.nanoTime() - start) / 1e6);
                assertThat(page.statusCode()).as(filter.getKey()).isEqualTo(200);
            }
            every.addAll(millis);
            Map<String, Object> figures = figures(millis);
            perFilter.put(filter.getKey(), figures);
            table.append(String.format("%-28s %8s %8s %8s%n", filter.getKey(), figures.get("p50_ms"), figures.get("p95_ms"),
                    figures.get("max_ms")));
        }
        results.put("all", figures(every));
        results.put("filters", perFilter);
        table.append(String.format("%-28s %8s %8s %8s%n", "all requests", figures(every).get("p50_ms"),
                figures(every).get("p95_ms"), figures(every).get("max_ms")));
        results.put("queries_only", queriesOnly(one, shipped, table));
        results.put("load_average_at_end", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        Path out = Path.of("target", "bench");
        Files.createDirectories(out);
        Files.writeString(out.resolve("desk-list.json"), json.writerWithDefaultPrettyPrinter().writeValueAsString(results));
        Files.writeString(out.resolve("desk-list.txt"), table);
        System.out.println("\n/desk/orders at " + ORDERS + " orders, " + REQUESTS + " requests per filter, load average "
                + results.get("load_average_at_start") + " → " + results.get("load_average_at_end") + "\n" + table);
        TestData.forgetEverything(engine, jdbc, catalogue);
    }

    /**
     * The same filters straight on DeskOrders (count and page, no HTTP, no page to render), to tell
     * the database's share of a request from the rest.
     */
    private Map<String, Object> queriesOnly(ManyOrders.Generated one, ManyOrders.Generated shipped, StringBuilder table) {
        Map<String, OrderFilter> filters = new LinkedHashMap<>();
        filters.put("everything, page 1", new OrderFilter(null, null, null, null, 1));
        filters.put("everything, page 200", new OrderFilter(null, null, null, null, 200));
        filters.put("stage", new OrderFilter(null, null, "PROCESSING", null, 1));
        filters.put("date range (a month)", new OrderFilter(null, null, null, null, LocalDate.of(2026, 3, 1),
                LocalDate.of(2026, 3, 31), false, 1));
        filters.put("search: phone", new OrderFilter(one.phone(), null, null, null, 1));
        filters.put("search: TTN", new OrderFilter(shipped.ttn(), null, null, null, 1));
        filters.put("search: surname", new OrderFilter("Коваленко", null, null, null, 1));
        filters.put("search: name and surname", new OrderFilter("олена ковальчук", null, null, null, 1));
        Map<String, Object> perFilter = new LinkedHashMap<>();
        table.append(String.format("%nDeskOrders.search alone (count + page)%n"));
        for (Map.Entry<String, OrderFilter> filter : filters.entrySet()) {
            List<Double> millis = new ArrayList<>();
            for (int i = 0; i < REQUESTS; i++) {
                long start = System.nanoTime();
                desk.search(filter.getValue());
                millis.add((System.nanoTime() - start) / 1e6);
            }
            Map<String, Object> figures = figures(millis);
            perFilter.put(filter.getKey(), figures);
            table.append(String.format("%-28s %8s %8s %8s%n", filter.getKey(), figures.get("p50_ms"), figures.get("p95_ms"),
                    figures.get("max_ms")));
        }
        return perFilter;
    }

    private static Map<String, Object> figures(List<Double> millis) {
        List<Double> sorted = millis.stream().sorted().toList();
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("p50_ms", round(rank(sorted, 0.50)));
        figures.put("p95_ms", round(rank(sorted, 0.95)));
        figures.put("max_ms", round(sorted.get(sorted.size() - 1)));
        return figures;
    }

    private static double rank(List<Double> sorted, double share) {
        return sorted.get(Math.max(0, (int) Math.ceil(share * sorted.size()) - 1));
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
