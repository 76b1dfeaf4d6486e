package ua.orderflow.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import ua.orderflow.support.PostgresIntegrationTest;
import ua.orderflow.support.TestData;

/** After shipment, against the sandbox over HTTP: what ROZETKA and the carrier report, and who is told. */
@PostgresIntegrationTest
class DeliveryIT extends AgainstTheSandbox {

    private static final String TTN = "20450000000002";

    @Test
    void aParcelLostByTheCarrierIsASupervisorsCaseAndItsGoodsDoNotComeBackToStock() {
        long id = shippedWithTtn();
        Map<String, Integer> stockAfterShipping = TestData.onHand(jdbc);

        sandbox.forceStatus(id, 88);
        desk.syncAndRun();

        assertThat(desk.task(id, "review-shipped-cancellation")).as("waits at " + desk.waitsAt(id)).isNotNull();
        assertThat(desk.journal(id)).anySatisfy(e -> assertThat(e).startsWith("WARN CANCELLED_UPSTREAM")
                .contains("«Втрачена перевізником»").doesNotContain("88"));
        assertThat(desk.invoiceState(id)).as("the books wait for the supervisor").isEqualTo("ISSUED");

        desk.complete(id, "review-shipped-cancellation", Map.of("goodsBack", false));
        desk.run();
        assertThat(desk.ended(id)).isTrue();
        assertThat(desk.invoiceState(id)).isEqualTo("CANCELLED");
        assertThat(desk.returnNotes(id)).isZero();
        assertThat(TestData.onHand(jdbc)).isEqualTo(stockAfterShipping);
    }

    @Test
    void anIncorrectTtnIsJournalledAndAManagerIsAskedToCorrectIt() {
        long id = shippedWithTtn();
        sandbox.forceStatus(id, 15);
        desk.syncAndRun();

        assertThat(desk.task(id, "correct-ttn")).as("waits at " + desk.waitsAt(id)).isNotNull();
        assertThat(desk.waitsAt(id)).contains("wait-rozetka-status");
        assertThat(desk.journal(id)).anySatisfy(e -> assertThat(e).startsWith("WARN STATUS_CHANGED")
                .contains("→ «Некоректний ТТН»", "некоректний ТТН").doesNotContain("→ 15"));
    }

    @Test
    void aReturnOnItsWayAfterShipmentIsJournalledAndASupervisorIsTold() {
        long id = shippedWithTtn();
        sandbox.forceStatus(id, 84);
        desk.syncAndRun();

        assertThat(desk.task(id, "review-delivery-status")).as("waits at " + desk.waitsAt(id)).isNotNull();
        assertThat(desk.journal(id)).anySatisfy(e -> assertThat(e).startsWith("WARN STATUS_CHANGED")
                .contains("→ «Знаходиться у точці для повернення»", "повертається").doesNotContain("→ 84"));
        assertThat(jdbc.sql("select stage from marketplace_order where order_id = :id").param("id", id)
                .query(String.class).single()).isEqualTo("SHIPPED");
        assertThat(desk.returnNotes(id)).as("the goods are not back yet").isZero();
    }

    @Test
    void anOrderImportedInStatus4WithATtnIsACarrierParcelAndFollowsTheCarrierToReceived() {
        long id = sandbox.createOrders(1, 4).get(0);
        String ttn = sandbox.order(id).path("ttn").asText();
        assertThat(ttn).as("a parcel on its way has the carrier's TTN").isNotBlank();

        desk.syncAndRun();
        assertThat(desk.task(id, "record-delivery")).as("no own-courier task for a carrier parcel").isNull();
        assertThat(desk.waitsAt(id)).contains("wait-rozetka-status");
        assertThat(jdbc.sql("""
                select n.own_courier from expense_note n join invoice i on i.id = n.invoice_id where i.order_id = :id""")
                .param("id", id).query(Boolean.class).single()).isFalse();

        sandbox.advanceClock("days", 3);
        desk.syncAndRun();
        assertThat(sandbox.status(id)).isEqualTo(6);
        assertThat(desk.ended(id)).as("waits at " + desk.waitsAt(id)).isTrue();
        assertThat(desk.invoiceState(id)).isEqualTo("PAID");
    }

    /** A new order confirmed and handed to the carrier with a TTN (status 3). */
    private long shippedWithTtn() {
        long id = sandbox.createOrders(1, 1).get(0);
        sandbox.payIfCard(id);
        desk.syncAndRun();
        desk.complete(id, "confirm-order", Map.of("outcome", "confirmed"));
        desk.run();
        desk.complete(id, "ship-order", Map.of("ttn", TTN, "ownCourier", false));
        desk.run();
        assertThat(sandbox.status(id)).isEqualTo(3);
        return id;
    }
}
