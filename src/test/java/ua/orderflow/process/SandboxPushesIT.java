package ua.orderflow.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import ua.orderflow.support.PostgresIntegrationTest;

/**
 * Pushes the process sends that the sandbox refused before it followed the reference: the own courier's
 * 4 → 5 → 6, and an order the buyer already has marked received straight from confirmed.
 */
@PostgresIntegrationTest
class SandboxPushesIT extends AgainstTheSandbox {

    @Test
    void theOwnCourierLeavesTheParcelAtThePickupPointAndTheBuyerCollectsIt() {
        long id = confirmed();
        desk.complete(id, "ship-order", Map.of("ownCourier", true));
        desk.run();
        assertThat(sandbox.status(id)).isEqualTo(4);
        desk.complete(id, "record-delivery", Map.of("deliveryState", "delivered"));
        desk.run();
        assertThat(sandbox.status(id)).isEqualTo(5);
        desk.complete(id, "record-delivery", Map.of("deliveryState", "received"));
        desk.run();
        assertThat(sandbox.status(id)).isEqualTo(6);
        assertThat(desk.ended(id)).isTrue();
        assertThat(desk.invoiceState(id)).isEqualTo("PAID");
    }

    @Test
    void anOrderTheBuyerAlreadyHasIsMarkedReceivedStraightFromConfirmed() {
        long id = confirmed();
        desk.complete(id, "ship-order", Map.of("ownCourier", true, "deliveryState", "received"));
        desk.run();
        assertThat(sandbox.status(id)).isEqualTo(6);
        assertThat(desk.ended(id)).isTrue();
    }

    private long confirmed() {
        long id = sandbox.createOrders(1, 1).get(0);
        sandbox.payIfCard(id);
        desk.syncAndRun();
        desk.complete(id, "confirm-order", Map.of("outcome", "confirmed"));
        desk.run();
        assertThat(sandbox.status(id)).isEqualTo(2);
        return id;
    }
}
