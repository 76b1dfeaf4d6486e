package ua.orderflow.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.Test;
import ua.orderflow.support.PostgresIntegrationTest;

/**
 * Cancellations decided here, against the sandbox over HTTP: the status sent is the first preferred
 * one ROZETKA allows for the order at that moment, and a refusal leaves our books as they are.
 */
@PostgresIntegrationTest
class CancellationIT extends AgainstTheSandbox {

    private static final List<Integer> OUT_OF_STOCK = List.of(42, 16);
    private static final List<Integer> UNPAID = List.of(50, 40);

    @Test
    void outOfStockSendsThePreferredStatusRozetkaAllowsForTheOrder() {
        long id = sandbox.createOrders(1, 1).get(0);
        desk.syncAndRun();
        int expected = firstAllowed(id, OUT_OF_STOCK);

        desk.complete(id, "confirm-order", Map.of("outcome", "out_of_stock"));
        desk.run();

        assertThat(sandbox.status(id)).isEqualTo(expected);
        assertThat(desk.ended(id)).isTrue();
    }

    @Test
    void anUnpaidCardOrderIsCancelledWithThePreferredStatusRozetkaAllows() {
        long id = unpaidOrderAtThePaymentCheck();
        int expected = firstAllowed(id, UNPAID);

        desk.complete(id, "check-payment", Map.of("paymentDecision", "cancel"));
        desk.run();

        assertThat(sandbox.status(id)).isEqualTo(expected);
        assertThat(desk.ended(id)).isTrue();
        assertThat(desk.invoiceState(id)).isEqualTo("CANCELLED");
        assertThat(reserved(id)).isZero();
    }

    @Test
    void anUnpaidCancelRozetkaRefusesOpensTheConflictTaskAndLeavesTheBooksAsTheyAre() {
        long id = unpaidOrderAtThePaymentCheck();
        long reservedBefore = reserved(id);
        desk.complete(id, "check-payment", Map.of("paymentDecision", "cancel"));
        ManagementService management = engine.getManagementService();
        management.executeJob(management.createJobQuery().activityId("choose-cancel-status").singleResult().getId());
        // between our choice and our push a colleague hands the parcel over in the cabinet
        sandbox.forceStatus(id, 3);
        desk.run();

        assertThat(desk.task(id, "resolve-status-conflict")).as("waits at " + desk.waitsAt(id)).isNotNull();
        assertThat(desk.variable(id, "refusalReason")).asString().contains("Неможливо змінити статус");
        assertThat(sandbox.status(id)).isEqualTo(3);
        assertThat(desk.invoiceState(id)).isEqualTo("ISSUED");
        assertThat(reserved(id)).isEqualTo(reservedBefore).isPositive();
        assertThat(desk.journal(id)).anySatisfy(e -> assertThat(e).startsWith("WARN PUSH_REJECTED"));
    }

    /** A card order confirmed without its payment, a day later: the manager is asked what to do. */
    private long unpaidOrderAtThePaymentCheck() {
        long id = desk.cardOrder(3);
        desk.syncAndRun();
        desk.complete(id, "confirm-order", Map.of("outcome", "confirmed"));
        desk.run();
        ManagementService management = engine.getManagementService();
        String reminder = management.createJobQuery().activityId("payment-reminder-timer").singleResult().getId();
        management.setJobDuedate(reminder, new java.util.Date());
        desk.run();
        assertThat(desk.task(id, "check-payment")).as("waits at " + desk.waitsAt(id)).isNotNull();
        return id;
    }

    /** The first of {@code preferred} in the order's status_available, as ROZETKA lists it now. */
    private int firstAllowed(long id, List<Integer> preferred) {
        List<Integer> allowed = new ArrayList<>();
        sandbox.order(id).path("status_available").forEach(row -> allowed.add(row.path("child_id").asInt()));
        return preferred.stream().filter(allowed::contains).findFirst()
                .orElseThrow(() -> new AssertionError("ROZETKA allows none of " + preferred + ": " + allowed));
    }

    private long reserved(long id) {
        return jdbc.sql("""
                select coalesce(sum(r.quantity), 0) from reservation r join invoice i on i.id = r.invoice_id
                where i.order_id = :id and r.state = 'RESERVED'""").param("id", id).query(Long.class).single();
    }
}
