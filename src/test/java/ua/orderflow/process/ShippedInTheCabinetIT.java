package ua.orderflow.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ua.orderflow.support.PostgresIntegrationTest;
import ua.orderflow.support.TestData;

/**
 * A seller ships from ROZETKA's cabinet, typing the TTN there, while Order Flow's ship task is open
 * (issue 13): the next sync books the shipment with ROZETKA's TTN, pushes nothing back and tracks
 * the parcel to its buyer; nothing waits in the inbox for good.
 */
@PostgresIntegrationTest
class ShippedInTheCabinetIT extends AgainstTheSandbox {

    private static final String CABINET_TTN = "20450000000077";

    @Test
    void aParcelShippedFromTheCabinetAtTheShipTaskIsBookedWithItsTtnAndTrackedToReceipt() {
        long id = sandbox.createOrders(1, 1).get(0);
        sandbox.payIfCard(id);
        Map<String, Integer> stockBefore = TestData.onHand(jdbc);
        desk.syncAndRun();
        desk.complete(id, "confirm-order", Map.of("outcome", "confirmed"));
        desk.run();
        assertThat(desk.task(id, "ship-order")).as("waits at " + desk.waitsAt(id)).isNotNull();

        sandbox.forceStatus(id, 3, CABINET_TTN);
        desk.syncAndRun();

        assertThat(desk.task(id, "ship-order")).as("the ship task is gone; waits at " + desk.waitsAt(id)).isNull();
        assertThat(desk.waitsAt(id)).contains("wait-rozetka-status");
        assertThat(jdbc.sql("""
                select n.ttn from expense_note n join invoice i on i.id = n.invoice_id where i.order_id = :id""")
                .param("id", id).query(String.class).single()).isEqualTo(CABINET_TTN);
        Map<String, Integer> sold = TestData.soldQuantities(jdbc, List.of(id));
        Map<String, Integer> stockAfter = TestData.onHand(jdbc);
        assertThat(sold).isNotEmpty();
        sold.forEach((offer, quantity) -> assertThat(stockAfter.get(offer)).as("written off: " + offer)
                .isEqualTo(stockBefore.get(offer) - quantity));
        assertThat(jdbc.sql("select count(*) from reservation r join invoice i on i.id = r.invoice_id"
                + " where i.order_id = :id and r.state = 'RESERVED'").param("id", id).query(Long.class).single())
                .isZero();
        assertThat(jdbc.sql("select count(*) from sync_inbox where order_id = :id and delivered_at is null")
                .param("id", id).query(Long.class).single()).as("nothing parked in the inbox").isZero();
        assertThat(desk.journal(id)).anySatisfy(line -> assertThat(line).startsWith("WARN STATUS_CHANGED")
                .contains("Замовлення " + id + " відправлено поза Order Flow: ТТН " + CABINET_TTN,
                        "→ «Передано до служби доставки»"));
        assertThat(sandbox.status(id)).as("nothing pushed back over the seller's status").isEqualTo(3);
        assertThat(sandbox.order(id).path("ttn").asText()).isEqualTo(CABINET_TTN);

        sandbox.advanceClock("days", 3);
        desk.syncAndRun();
        assertThat(sandbox.status(id)).isEqualTo(6);
        assertThat(desk.ended(id)).as("waits at " + desk.waitsAt(id)).isTrue();
        assertThat(desk.invoiceState(id)).isEqualTo("PAID");
        assertThat(jdbc.sql("""
                select n.delivery_state from expense_note n join invoice i on i.id = n.invoice_id where i.order_id = :id""")
                .param("id", id).query(String.class).single()).isEqualTo("RECEIVED");
    }

    @Test
    void aStatusMovedBackInTheCabinetAfterConfirmationIsAWarningForAPerson() {
        long id = sandbox.createOrders(1, 1).get(0);
        sandbox.payIfCard(id);
        desk.syncAndRun();
        desk.complete(id, "confirm-order", Map.of("outcome", "confirmed"));
        desk.run();
        desk.syncAndRun(); // our own 2 shown back: the snapshot is at confirmation

        sandbox.forceStatus(id, 26);
        desk.syncAndRun();

        assertThat(desk.journal(id)).anySatisfy(line -> assertThat(line).startsWith("WARN STATUS_CHANGED")
                .contains("→ «Обробляється менеджером»", "повернувся на попередній етап"));
        assertThat(desk.task(id, "ship-order")).as("the manager's task stays").isNotNull();
    }
}
