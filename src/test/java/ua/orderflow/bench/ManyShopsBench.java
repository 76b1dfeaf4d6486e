package ua.orderflow.bench;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import ua.orderflow.accounting.CatalogueImport;
import ua.orderflow.offers.OfferMapping;
import ua.orderflow.shop.ShopThreads;
import ua.orderflow.support.PostgresIntegrationTest;
import ua.orderflow.support.TestData;
import ua.orderflow.sync.BuyerMessageScheduler;
import ua.orderflow.sync.LoopDriver;
import ua.orderflow.sync.SandboxAdmin;
import ua.orderflow.sync.SyncScheduler;

/**
 * Many shops on one node (mvn -B -Pbench verify -Dit.test=ManyShopsBench; -Dbench.shops=N, default
 * 100; -Dbench.shops.window=S, default 180): N configured shops, each a seller account of its own in
 * the sandbox, with the job executor on. The loop's own timers are set out of the way and the
 * benchmark fires its rounds at the default periods (new-order check every 10 s, full sync and buyer
 * messages every 60 s), so each phase counts what it alone cost. Calls are the client's own count
 * ({@code orderflow.rozetka.calls}, per shop and endpoint, every attempt). Writes
 * target/bench/many-shops.json and merges its figures into target/bench/results.json.
 */
@PostgresIntegrationTest
@TestPropertySource(properties = {
        "camunda.bpm.job-execution.enabled=true",
        "orderflow.sync.enabled=true",
        "orderflow.sync.initial-delay=PT1H",
        "orderflow.sync.interval=PT1H",
        "orderflow.sync.counts-new-interval=PT1H",
        "orderflow.messages.sync-interval=PT1H"})
class ManyShopsBench {

    private static final int SHOPS = Integer.getInteger("bench.shops", 100);
    private static final int WINDOW_S = Integer.getInteger("bench.shops.window", 180);
    /** Orders each shop already has in the sync window: "a few orders a day". */
    private static final int ORDERS_PER_SHOP = 3;
    private static final Duration CHECK_EVERY = Duration.ofSeconds(10);
    private static final Duration SYNC_EVERY = Duration.ofSeconds(60);
    private static final Duration MESSAGES_EVERY = Duration.ofSeconds(60);
    private static final Duration NEW_ORDER_EVERY = Duration.ofSeconds(2);
    private static final Duration TOKEN_LIFETIME = Duration.ofHours(23);
    private static final Duration LINK_EVERY = Duration.ofMinutes(30);
    private static final String CALLS = "orderflow.rozetka.calls";

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    CatalogueImport catalogue;
    @Autowired
    MeterRegistry registry;
    @Autowired
    SyncScheduler syncScheduler;
    @Autowired
    BuyerMessageScheduler messageScheduler;
    @Autowired
    ShopThreads threads;
    @Autowired
    OfferMapping offers;

    /** Shop i is ROZETKA seller shop-i with its own password, one account each in the sandbox. */
    @DynamicPropertySource
    static void shops(DynamicPropertyRegistry properties) {
        for (int n = 0; n < SHOPS; n++) {
            int i = n;
            String id = shopId(i);
            String shop = "orderflow.shops[" + i + "].";
            properties.add(shop + "id", () -> id);
            properties.add(shop + "name", () -> "Магазин " + (i + 1));
            properties.add(shop + "base-url", () -> "/sandbox/rozetka");
            properties.add(shop + "username", () -> id);
            properties.add(shop + "password", () -> "secret-" + id);
            properties.add(shop + "cash-desk", () -> "Каса");
            String seller = "orderflow.sandbox.sellers[" + i + "].";
            properties.add(seller + "username", () -> id);
            properties.add(seller + "password", () -> "secret-" + id);
            properties.add(seller + "title", () -> "Магазин " + (i + 1));
        }
    }

    private static String shopId(int i) {
        return String.format("shop-%03d", i + 1);
    }

    @Test
    void measure() throws Exception {
        SandboxAdmin sandbox = new SandboxAdmin(port);
        TestData.forgetEverything(engine, jdbc, catalogue);
        jdbc.sql("update stock set on_hand = 1000000, reserved = 0").update();
        sandbox.reset();
        LoopDriver loop = new LoopDriver(syncScheduler, messageScheduler, threads);
        Map<String, Object> results = new LinkedHashMap<>();
        results.put("shops", SHOPS);

        // 1. every shop has a few orders in its window: imported and acknowledged through the loop's
        //    own new-order checks; the first round also logs every shop in
        List<Long> existing = new ArrayList<>();
        for (int i = 0; i < SHOPS; i++) {
            existing.addAll(sandbox.createOrders(shopId(i), ORDERS_PER_SHOP, 1));
        }
        long i0 = System.nanoTime();
        long[] seen = {0};
        drive(loop, Duration.ofMinutes(10), () -> {
            boolean imported = seen[0] > 0 || importedAll(existing.size());
            if (imported && seen[0] == 0) {
                seen[0] = System.nanoTime();
            }
            return imported && atConfirm() >= existing.size() && jobsLeft() == 0;
        });
        results.put("many_shops_first_import_orders", existing.size());
        results.put("many_shops_first_import_intake_s", round((seen[0] - i0) / 1e9));
        results.put("many_shops_first_import_s", round(seconds(i0)));

        // 2. unchanged syncs of all shops, as the loop starts them every interval: each shop on its own thread
        List<Double> times = new ArrayList<>();
        List<Double> perShop = new ArrayList<>();
        for (int run = 0; run < 3; run++) {
            double c0 = calls(null);
            long t0 = System.nanoTime();
            loop.syncAll();
            await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(20)).until(() -> !loop.anyShopBusy());
            times.add(seconds(t0));
            perShop.add((calls(null) - c0) / SHOPS);
        }
        results.put("unchanged_sync_all_shops_s", round(Collections.max(times)));
        results.put("unchanged_sync_all_shops_runs_s", times.stream().map(ManyShopsBench::round).toList());
        results.put("sync_interval_s", SYNC_EVERY.toSeconds());
        results.put("calls_per_shop_unchanged_sync", round(Collections.max(perShop)));

        // 3. the default loop's rounds for a window; new orders arrive every two seconds at the first
        //    half of the shops, the other half stays idle. Acknowledgment: sandbox creation → 26
        int busyShops = Math.max(1, SHOPS / 2);
        Map<String, Double> idleBefore = callsByEndpoint(busyShops, SHOPS);
        Random random = new Random(18);
        List<Long> fresh = new ArrayList<>();
        long w0 = System.nanoTime();
        long[] nextOrder = {w0};
        drive(loop, Duration.ofSeconds(WINDOW_S), () -> false, () -> {
            if (System.nanoTime() >= nextOrder[0]) {
                fresh.addAll(sandbox.createOrders(shopId(random.nextInt(busyShops)), 1, 1));
                nextOrder[0] += NEW_ORDER_EVERY.toNanos();
            }
            return nextOrder[0];
        });
        double window = seconds(w0);
        Map<String, Double> idleAfter = callsByEndpoint(busyShops, SHOPS);
        drive(loop, Duration.ofMinutes(3), () -> atConfirm() >= existing.size() + fresh.size() && jobsLeft() == 0);
        Acknowledgments acks = Acknowledgments.of(sandbox, fresh);
        results.put("many_shops_ack_samples", acks.samples());
        results.put("many_shops_ack_p50_s", acks.p50());
        results.put("many_shops_ack_p99_s", acks.p99());

        // 4. an idle shop's calls a day: what the window's rounds cost it, scaled to a day, plus what
        //    falls due less often than the window: a login per token lifetime, a link of its goods
        //    every link-interval (measured once here); the offers push calls only with stock moved
        int idleShops = SHOPS - busyShops;
        Map<String, Object> perDay = new TreeMap<>();
        double day = Duration.ofDays(1).toSeconds();
        double total = 0;
        for (Map.Entry<String, Double> endpoint : idleAfter.entrySet()) {
            double inWindow = (endpoint.getValue() - idleBefore.getOrDefault(endpoint.getKey(), 0.0)) / idleShops;
            if (inWindow > 0 && !endpoint.getKey().startsWith("sites")) {
                perDay.put(endpoint.getKey(), round(inWindow * day / window));
                total += inWindow * day / window;
            }
        }
        double logins = day / TOKEN_LIFETIME.toSeconds();
        perDay.put("sites (login, one per token lifetime)", round(logins));
        Map<String, Double> linkBefore = callsByEndpoint(SHOPS - 1, SHOPS);
        offers.refresh(shopId(SHOPS - 1));
        double linkCalls = sum(callsByEndpoint(SHOPS - 1, SHOPS)) - sum(linkBefore);
        double links = day / LINK_EVERY.toSeconds() * linkCalls;
        perDay.put("goods (offer links, every 30 min)", round(links));
        perDay.put("items/mass-update (offers push: only after a stock move)", 0);
        total += logins + links;
        results.put("calls_per_idle_shop_per_day", Math.round(total));
        results.put("calls_per_idle_shop_per_day_by_endpoint", perDay);
        results.put("idle_shops_measured", idleShops);
        results.put("idle_window_s", round(window));
        results.put("many_shops_incidents", engine.getRuntimeService().createIncidentQuery().count());

        write(results);
    }

    /**
     * Fires the loop's rounds at the default periods until {@code done} or {@code limit}; {@code also}
     * runs between them and says when it wants to run next.
     */
    private void drive(LoopDriver loop, Duration limit, BooleanSupplier done, java.util.function.LongSupplier also) throws InterruptedException {
        long start = System.nanoTime();
        long end = start + limit.toNanos();
        long nextCheck = start;
        long nextSync = start;
        long nextMessages = start;
        long nextLook = start;
        while (System.nanoTime() < end) {
            long now = System.nanoTime();
            if (now >= nextLook) {
                if (done.getAsBoolean()) {
                    return;
                }
                nextLook = now + Duration.ofSeconds(1).toNanos();
            }
            if (now >= nextCheck) {
                loop.checkNewOrders();
                nextCheck = now + CHECK_EVERY.toNanos();
            }
            if (now >= nextSync) {
                loop.syncAll();
                nextSync = now + SYNC_EVERY.toNanos();
            }
            if (now >= nextMessages) {
                loop.fetchBuyerMessages();
                nextMessages = now + MESSAGES_EVERY.toNanos();
            }
            long next = Math.min(Math.min(nextCheck, nextSync), Math.min(nextMessages, also.getAsLong()));
            // a short nap at most: done is polled too; the driver must not spin one of the two cores
            long pause = Math.min(Math.max(next - System.nanoTime(), 0), Duration.ofMillis(500).toNanos());
            Thread.sleep(Duration.ofNanos(pause).toMillis() + 1);
        }
    }

    private void drive(LoopDriver loop, Duration limit, BooleanSupplier done) throws InterruptedException {
        drive(loop, limit, done, () -> Long.MAX_VALUE);
        if (!done.getAsBoolean()) {
            throw new IllegalStateException("not done within " + limit);
        }
    }

    private boolean importedAll(int count) {
        return jdbc.sql("select count(*) from marketplace_order").query(Long.class).single() >= count;
    }

    /** Orders waiting at «Підтвердити замовлення»: imported, their 26 pushed once no job is left. */
    private long atConfirm() {
        return engine.getTaskService().createTaskQuery().processDefinitionKey("rozetka-order")
                .taskDefinitionKey("confirm-order").count();
    }

    /** Seller API calls so far: of every shop (null) or of one. */
    private double calls(String shop) {
        var search = registry.find(CALLS);
        return (shop == null ? search : search.tag("shop", shop)).timers().stream().mapToDouble(Timer::count).sum();
    }

    /** Calls so far by "endpoint method" of shops from..to-1. */
    private Map<String, Double> callsByEndpoint(int from, int to) {
        Map<String, Double> calls = new TreeMap<>();
        for (int i = from; i < to; i++) {
            for (Timer timer : registry.find(CALLS).tag("shop", shopId(i)).timers()) {
                calls.merge(timer.getId().getTag("endpoint") + " " + timer.getId().getTag("method"), (double) timer.count(),
                        Double::sum);
            }
        }
        return calls;
    }

    private static double sum(Map<String, Double> calls) {
        return calls.values().stream().mapToDouble(Double::doubleValue).sum();
    }

    private long jobsLeft() {
        return engine.getManagementService().createJobQuery().executable().count();
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }

    /** many-shops.json alone, and its figures merged into results.json, which OrderFlowBench writes too. */
    private static void write(Map<String, Object> results) throws Exception {
        ObjectMapper json = new ObjectMapper();
        Path dir = Path.of("target", "bench");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("many-shops.json"), json.writerWithDefaultPrettyPrinter().writeValueAsString(results));
        Path all = dir.resolve("results.json");
        ObjectNode merged = Files.exists(all) ? (ObjectNode) json.readTree(all.toFile()) : json.createObjectNode();
        merged.setAll((ObjectNode) json.valueToTree(results));
        Files.writeString(all, json.writerWithDefaultPrettyPrinter().writeValueAsString(merged));
        StringBuilder table = new StringBuilder("\n| figure | value |\n|---|---|\n");
        results.forEach((k, v) -> table.append("| ").append(k).append(" | ").append(v).append(" |\n"));
        System.out.println(table);
    }
}
