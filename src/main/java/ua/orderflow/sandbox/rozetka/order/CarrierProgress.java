package ua.orderflow.sandbox.rozetka.order;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ua.orderflow.sandbox.rozetka.carrier.Carrier;
import ua.orderflow.sandbox.rozetka.status.StatusCatalogue;

/**
 * The orders the carrier still moves and when its next step falls due, so that a catch-up looks at
 * those alone and only once something is due. Not thread-safe: only used under {@link OrderBook}'s lock.
 */
final class CarrierProgress {

    private final Carrier carrier;
    private final StatusCatalogue statuses;
    /** Shipped, not final: the only orders the carrier moves, so a catch-up looks at these alone. */
    private final Map<Long, SandboxOrder> inTransit = new HashMap<>();
    /** No carrier step can fall due before this; until then a catch-up has nothing to do. */
    private Instant nextCarrierStep;

    CarrierProgress(Carrier carrier, StatusCatalogue statuses) {
        this.carrier = carrier;
        this.statuses = statuses;
    }

    /** Lets the carrier apply every step that fell due by {@code now}. */
    void catchUp(Instant now) {
        if (nextCarrierStep == null || now.isBefore(nextCarrierStep)) {
            return;
        }
        nextCarrierStep = null;
        for (SandboxOrder order : List.copyOf(inTransit.values())) {
            for (Carrier.Step step : carrier.dueSteps(order, now)) {
                order.moveTo(statuses.get(step.status()), step.at(), carrier.touchesChanged());
            }
            track(order);
        }
    }

    /** Keeps the in-transit index and the earliest carrier step current after an order's status moved. */
    void track(SandboxOrder order) {
        if (order.shippedAt() == null || order.isFinal()) {
            inTransit.remove(order.id());
            return;
        }
        inTransit.put(order.id(), order);
        Instant due = carrier.earliestStep(order);
        if (nextCarrierStep == null || due.isBefore(nextCarrierStep)) {
            nextCarrierStep = due;
        }
    }

    void clear() {
        inTransit.clear();
        nextCarrierStep = null;
    }
}
