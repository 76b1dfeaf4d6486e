package ua.orderflow.novaposhta.shipping;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import ua.orderflow.accounting.CatalogueImport;
import ua.orderflow.shop.Shops;
import ua.orderflow.support.Http;
import ua.orderflow.support.PostgresIntegrationTest;
import ua.orderflow.support.TestData;
import ua.orderflow.sync.NodeId;
import ua.orderflow.sync.SandboxAdmin;

/**
 * Two nodes' tracking pollers on one database, their timers firing at the same moment: the shop's
 * open parcels are polled once (the tracking calls are counted at the Nova Poshta sandbox), and the
 * next interval's round is again one node's.
 */
@PostgresIntegrationTest
class ParcelTrackingRoundsIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration INTERVAL = Duration.ofMinutes(30);
    private static final String SHOP = "sandbox";
    private static final String TRACKING = "novaposhta.TrackingDocument.getStatusDocuments";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ProcessEngine engine;
    @Autowired
    CatalogueImport catalogue;
    @Autowired
    Shops shops;
    @Autowired
    ParcelTracker tracker;
    @Autowired
    TrackingRounds rounds;
    @Autowired
    Environment environment;

    @BeforeEach
    void cleanSlate() {
        TestData.forgetEverything(engine, jdbc, catalogue);
        new SandboxAdmin(port).reset();
    }

    @Test
    void twoPollersOnOneDatabaseTrackEachParcelOncePerInterval() throws Exception {
        openParcels(150);
        ParcelTracking nodeA = new ParcelTracking(shops, tracker, rounds, new NodeId(environment, "node-a"), INTERVAL);
        ParcelTracking nodeB = new ParcelTracking(shops, tracker, rounds, new NodeId(environment, "node-b"), INTERVAL);

        long before = trackingCalls();
        bothAtOnce(nodeA, nodeB);
        long firstRound = trackingCalls() - before;
        System.out.println("[tracking rounds] two nodes, 150 open parcels: " + firstRound + " tracking calls");
        assertThat(firstRound).as("one node polled, in ⌈150/100⌉ calls").isEqualTo(2);
        assertThat(jdbc.sql("select count(*) from sync_event where kind = 'PARCEL_STATUS'").query(Long.class).single())
                .as("each new status journalled once").isEqualTo(150);

        bothAtOnce(nodeA, nodeB);
        assertThat(trackingCalls() - before).as("the interval has not passed: nobody polls").isEqualTo(2);

        // half an hour on: the next round is whoever's timer fires first, and only theirs
        jdbc.sql("update np_tracking_round set started_at = started_at - interval '31' minute").update();
        bothAtOnce(nodeA, nodeB);
        assertThat(trackingCalls() - before).isEqualTo(4);
    }

    private static void bothAtOnce(ParcelTracking a, ParcelTracking b) throws Exception {
        CyclicBarrier start = new CyclicBarrier(2);
        CompletableFuture<Void> one = CompletableFuture.runAsync(() -> await(start, a));
        CompletableFuture<Void> two = CompletableFuture.runAsync(() -> await(start, b));
        CompletableFuture.allOf(one, two).get();
    }

    private static void await(CyclicBarrier start, ParcelTracking node) {
        try {
            start.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        node.everyShop();
    }

    private void openParcels(int count) {
        for (int i = 1; i <= count; i++) {
            jdbc.sql("""
                    insert into np_waybill (shop_id, order_id, ref, number, recipient_phone, declared_value, weight, seats,
                        created_at, status_code)
                    values (:shop, :order, :ref, :number, '380671112233', 100, 1, 1, current_timestamp, 1)""")
                    .param("shop", SHOP).param("order", 800000L + i).param("ref", java.util.UUID.randomUUID().toString())
                    .param("number", String.format("2045%010d", i)).update();
        }
    }

    private long trackingCalls() throws Exception {
        return JSON.readTree(Http.sandboxAdmin(port).get("/sandbox/admin/novaposhta/stats").body()).path("calls")
                .path(TRACKING).asLong(0);
    }
}
