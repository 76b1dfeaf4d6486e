package ua.orderflow.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ua.orderflow.support.PostgresIntegrationTest;
import ua.orderflow.sync.LedgerSnapshots;

/** Confirmation against the sandbox: the order is read again and the invoice follows that read (seed 000). */
@PostgresIntegrationTest
class ConfirmationIT extends AgainstTheSandbox {

    @Autowired
    LedgerSnapshots snapshots;

    @Test
    void anItemEditInTheCabinetJustBeforeConfirmationIsInTheInvoiceAndTheSnapshot() {
        long id = sandbox.createOrders(1, 26).get(0);
        sandbox.payIfCard(id);
        desk.syncAndRun();
        var purchase = sandbox.order(id).path("purchases").path(0);
        String offer = purchase.path("item").path("price_offer_id").asText();
        // no sync between the edit and the manager's click: only the read at confirmation can see it
        sandbox.editItems(id, "[{\"purchaseId\":" + purchase.path("id").asLong() + ",\"quantity\":3}]");

        desk.complete(id, "confirm-order", Map.of("outcome", "confirmed"));
        desk.run();

        assertThat(jdbc.sql("""
                select l.quantity from invoice_line l join invoice i on i.id = l.invoice_id
                where i.order_id = :id and l.offer_id = :offer""").param("id", id).param("offer", offer)
                .query(Integer.class).single()).isEqualTo(3);
        assertThat(jdbc.sql("select total from invoice where order_id = :id").param("id", id)
                .query(BigDecimal.class).single())
                .isEqualByComparingTo(new BigDecimal(sandbox.order(id).path("cost_with_discount").asText()));
        assertThat(snapshots.view(OrderDesk.SHOP, id).lines()).filteredOn(l -> l.offerId().equals(offer))
                .extracting(l -> l.quantity()).containsExactly(3);
        assertThat(desk.journal(id)).filteredOn(e -> e.contains("ITEMS_CHANGED")).singleElement().asString()
                .contains("кількість", "→ 3");

        // the next sync finds the snapshot already current: nothing to tell the instance twice
        desk.syncAndRun();
        assertThat(desk.journal(id)).filteredOn(e -> e.contains("ITEMS_CHANGED")).hasSize(1);
        assertThat(desk.task(id, "ship-order")).isNotNull();
    }
}
