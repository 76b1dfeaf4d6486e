package ua.orderflow.process;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import ua.orderflow.novaposhta.shipping.ParcelTracker;
import ua.orderflow.support.PostgresIntegrationTest;

/**
 * A shop that reports a shipped order as 61 («Заплановано передачу перевізникові», with the TTN)
 * rather than 3: a waybill made here goes to ROZETKA with 61 once handed over, ROZETKA's carrier
 * takes it on from 61 (→ 3 → 4 → 5 → 6), Nova Poshta's tracking agrees all the way (61 is its 1,
 * created and not yet scanned), and the order ends received with no warning and no incident.
 */
@PostgresIntegrationTest
@TestPropertySource(properties = "orderflow.order.status-ids.shipped-with-ttn=61")
class NovaPoshtaHandoverPlannedIT extends AgainstTheSandbox {

    @Autowired
    ParcelTracker tracker;

    @Test
    void aWaybillMadeHereTravelsFromStatus61ToReceived() {
        NovaPoshtaOrders orders = new NovaPoshtaOrders(desk, sandbox, port);
        long id = orders.confirmedCashOrder();
        desk.complete(id, "ship-order", NovaPoshtaOrders.ship("1"));
        desk.run();
        orders.handOver(id);
        String ttn = orders.waybills().get(0).path("number").asText();
        assertThat(sandbox.status(id)).isEqualTo(61);
        assertThat(sandbox.order(id).path("ttn").asText()).isEqualTo(ttn);
        assertThat(tracker.track(OrderDesk.SHOP).changed()).as("61 is Nova Poshta's 1: nothing new").isZero();

        sandbox.advanceClock("hours", 13);
        desk.syncAndRun();
        assertThat(sandbox.status(id)).as("the carrier took the parcel").isEqualTo(3);
        sandbox.advanceClock("hours", 24);
        desk.syncAndRun();
        assertThat(sandbox.status(id)).isEqualTo(5);
        assertThat(tracker.track(OrderDesk.SHOP).changed()).isEqualTo(1);
        assertThat(desk.journal(id)).anyMatch(l -> l.contains("ТТН " + ttn + ": «Прибув на відділення» (7)"));

        sandbox.advanceClock("hours", 12);
        desk.syncAndRun();
        assertThat(sandbox.status(id)).isEqualTo(6);
        assertThat(desk.ended(id)).as("waits at " + desk.waitsAt(id)).isTrue();
        assertThat(desk.journal(id)).noneMatch(l -> l.contains("розходяться"));
        assertThat(engine.getRuntimeService().createIncidentQuery().count()).isZero();
    }
}
