package ua.orderflow.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import ua.orderflow.support.PostgresIntegrationTest;
import ua.orderflow.support.SecondNode;
import ua.orderflow.support.TestData;
import ua.orderflow.accounting.CatalogueImport;
import ua.orderflow.sync.change.OrderView;

/**
 * Two nodes on one PostgreSQL (a Camunda homogeneous cluster) syncing the same shop at once: the
 * lease lets one run at a time, and even intakes that bypass it never start a second instance.
 */
@PostgresIntegrationTest
class TwoNodesIT {

    private static final String SHOP = "sandbox";

    @LocalServerPort
    int port;
    @Autowired
    ShopSync sync;
    @Autowired
    OrderSyncer syncer;
    @Autowired
    OrderSource source;
    @Autowired
    ProcessEngine engine;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    CatalogueImport catalogue;

    @Test
    void everyOrderHasExactlyOneInstance() throws Exception {
        SandboxAdmin sandbox = new SandboxAdmin(port);
        TestData.forgetEverything(engine, jdbc, catalogue);
        sandbox.reset();
        List<Long> ids = sandbox.createOrders(60, 1);

        try (ConfigurableApplicationContext node2 = SecondNode.start(port)) {
            ShopSync sync2 = node2.getBean(ShopSync.class);
            OrderSyncer syncer2 = node2.getBean(OrderSyncer.class);

            List<Object> runs = both(() -> sync.sync(SHOP, "NODE1"), () -> sync2.sync(SHOP, "NODE2"));
            assertThat(runs).as("at most one run holds the shop at a time").isNotEmpty();

            // now without the lease: both nodes take in every order at the same moment
            List<OrderView> orders = new ArrayList<>();
            source.changedOrders(SHOP, java.time.LocalDateTime.now().minusDays(1), null, true, p -> orders.addAll(p.orders()));
            both(() -> { orders.forEach(o -> syncer.sync(null, SHOP, o)); return null; },
                    () -> { orders.forEach(o -> syncer2.sync(null, SHOP, o)); return null; });
        }

        for (long id : ids) {
            assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
                    .processInstanceBusinessKey(SHOP + ":" + id).count()).as("instances of " + id).isEqualTo(1);
        }
        assertThat(jdbc.sql("select count(*) from marketplace_order").query(Long.class).single()).isEqualTo(ids.size());
    }

    private static List<Object> both(Callable<Object> first, Callable<Object> second) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Object>> futures = new ArrayList<>();
            for (Callable<Object> task : List.of(first, second)) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            start.countDown();
            List<Object> results = new ArrayList<>();
            for (Future<Object> future : futures) {
                Object result = future.get();
                if (result instanceof java.util.Optional<?> optional) {
                    optional.ifPresent(results::add);
                } else if (result != null) {
                    results.add(result);
                }
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
