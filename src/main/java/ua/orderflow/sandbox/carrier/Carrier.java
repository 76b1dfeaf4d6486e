package ua.orderflow.sandbox.carrier;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import ua.orderflow.sandbox.SandboxProperties.CarrierSettings;
import ua.orderflow.sandbox.SandboxRandom;
import ua.orderflow.sandbox.order.SandboxOrder;
import ua.orderflow.sandbox.status.StatusRules;

/**
 * Nova Poshta tracking as ROZETKA applies it: an order with a TTN moves by itself one step every
 * {@code stepEvery} of sandbox time, 3/61 → 4 → 5 → 6, or 11 (not picked up) / 12 (refused) at the
 * configured shares; {@code finalAfter} after shipping without a final status makes it 6. Steps are
 * dated when they fell due, so catching up after a clock jump writes a believable history.
 */
public final class Carrier {

    private final CarrierSettings settings;
    private final SandboxRandom random;

    public Carrier(CarrierSettings settings, SandboxRandom random) {
        this.settings = settings;
        this.random = random;
    }

    /** The status changes due for this order up to {@code now}, in order, each with its time. */
    public List<Step> dueSteps(SandboxOrder order, Instant now) {
        List<Step> steps = new ArrayList<>();
        if (order.isFinal()) {
            return steps;
        }
        int status = order.status();
        Instant at = order.lastStatusChange();
        Instant deadline = order.shippedAt() == null ? null : order.shippedAt().plus(settings.finalAfter());
        if (settings.enabled() && order.hasTtn()) {
            while (StatusRules.IN_TRANSIT.contains(status)) {
                Instant due = at.plus(settings.stepEvery());
                if (due.isAfter(now) || (deadline != null && !due.isBefore(deadline))) {
                    break;
                }
                status = nextStatus(order, status);
                at = due;
                steps.add(new Step(status, due));
            }
        }
        // the order itself is open (checked above); the carrier's own outcomes 6, 11, 12 are final
        boolean stillOpen = steps.isEmpty() || StatusRules.IN_TRANSIT.contains(steps.get(steps.size() - 1).status());
        if (deadline != null && !deadline.isAfter(now) && stillOpen) {
            steps.add(new Step(StatusRules.RECEIVED, deadline));
        }
        return steps;
    }

    /**
     * A moment no later than this shipped order's first carrier step: {@link #dueSteps} is empty
     * for any time before it.
     */
    public Instant earliestStep(SandboxOrder order) {
        Instant deadline = order.shippedAt().plus(settings.finalAfter());
        if (settings.enabled() && order.hasTtn() && StatusRules.IN_TRANSIT.contains(order.status())) {
            Instant step = order.lastStatusChange().plus(settings.stepEvery());
            return step.isBefore(deadline) ? step : deadline;
        }
        return deadline;
    }

    private int nextStatus(SandboxOrder order, int status) {
        return switch (status) {
            case StatusRules.SHIPPED, StatusRules.HANDOVER_PLANNED -> StatusRules.DELIVERING;
            case StatusRules.DELIVERING -> StatusRules.AT_PICKUP;
            default -> outcome(order);
        };
    }

    private int outcome(SandboxOrder order) {
        double roll = random.forOrder(order.id(), "carrier").nextDouble();
        if (roll < settings.notPickedUpShare()) {
            return StatusRules.NOT_PICKED_UP;
        }
        return roll < settings.notPickedUpShare() + settings.refusedShare() ? StatusRules.REFUSED
                : StatusRules.RECEIVED;
    }

    public record Step(int status, Instant at) {
    }
}
