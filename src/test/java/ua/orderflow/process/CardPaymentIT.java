package ua.orderflow.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import ua.orderflow.support.PostgresIntegrationTest;

/**
 * Card prepayment end to end against the sandbox: an order ships only once ROZETKA reports the money
 * credited (status_payment 2); pending, held and expired payments keep it waiting (seed 002).
 */
@PostgresIntegrationTest
class CardPaymentIT extends AgainstTheSandbox {

    private static final int PAID = 2;
    private static final int UNPAID = 3;
    private static final int HELD = 7;

    @Test
    void aCardOrderPaidAfterConfirmationIsOfferedForShipping() {
        long id = desk.cardOrder(UNPAID);
        confirm(id);
        assertThat(desk.waitsAt(id)).containsExactly("payment-wait");

        sandbox.payment(id, PAID);
        desk.syncAndRun();

        assertThat(desk.task(id, "ship-order")).as("waits at " + desk.waitsAt(id)).isNotNull();
    }

    @Test
    void aHeldAmountIsNotAPaymentTheOrderWaitsUntilTheMoneyIsCredited() {
        long id = desk.cardOrder(HELD);
        confirm(id);
        assertThat(desk.task(id, "ship-order")).isNull();
        assertThat(desk.waitsAt(id)).containsExactly("payment-wait");
        assertThat((String) ((java.util.Map<?, ?>) desk.variable(id, "card")).get("paymentText")).contains("сума заблокована");

        sandbox.payment(id, PAID);
        desk.syncAndRun();
        assertThat(desk.task(id, "ship-order")).isNotNull();
    }

    private void confirm(long id) {
        desk.syncAndRun();
        desk.complete(id, "confirm-order", Map.of("outcome", "confirmed"));
        desk.run();
        assertThat(sandbox.status(id)).isEqualTo(2);
    }
}
