package ua.orderflow.sandbox.rozetka.carrier;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import ua.orderflow.sandbox.SandboxProperties.CarrierSettings;
import ua.orderflow.sandbox.SandboxRandom;
import ua.orderflow.sandbox.rozetka.order.SandboxOrder;
import ua.orderflow.sandbox.rozetka.status.StatusCatalogue;
import ua.orderflow.sandbox.rozetka.status.StatusRules;
import ua.orderflow.sandbox.rozetka.status.StatusTransition;
import ua.orderflow.sandbox.rozetka.status.TransitionTable;

/**
 * Nova Poshta tracking as ROZETKA applies it: an order with a TTN takes one carrier step of the
 * transition table every {@code stepEvery} of sandbox time, along the main line unless its fate
 * says otherwise; {@code finalAfter} after shipping without a final status makes it 6. Steps are
 * dated when they fell due, so catching up after a clock jump writes a believable history.
 */
public final class Carrier {

    private final CarrierFates fatesInForce;
    private final SandboxRandom random;
    private final StatusCatalogue statuses;
    private final TransitionTable table;
    /** The branches off the main line, in the table's order: each is a slice of one roll per parcel. */
    private final List<String> fates;

    public Carrier(CarrierFates fatesInForce, SandboxRandom random, StatusCatalogue statuses, TransitionTable table) {
        this.fatesInForce = fatesInForce;
        this.random = random;
        this.statuses = statuses;
        this.table = table;
        this.fates = table.all().stream().filter(t -> !t.bySeller()).map(StatusTransition::share)
                .filter(Objects::nonNull).distinct().toList();
        fates.forEach(fatesInForce.current()::share);
    }

    /** Whether a carrier step moves the order's {@code changed} as a seller's change does. */
    public boolean touchesChanged() {
        return fatesInForce.current().touchesChanged();
    }

    /** The status changes due for this order up to {@code now}, in order, each with its time. */
    public List<Step> dueSteps(SandboxOrder order, Instant now) {
        List<Step> steps = new ArrayList<>();
        if (order.isFinal()) {
            return steps;
        }
        int status = order.status();
        Instant at = order.lastStatusChange();
        CarrierSettings current = fatesInForce.current();
        Instant deadline = order.shippedAt() == null ? null : order.shippedAt().plus(current.finalAfter());
        if (current.enabled() && order.hasTtn()) {
            String fate = fate(order, current);
            List<StatusTransition> moves = table.carrierFrom(status);
            while (!moves.isEmpty()) {
                Instant due = at.plus(current.stepEvery());
                if (due.isAfter(now) || (deadline != null && !due.isBefore(deadline))) {
                    break;
                }
                status = next(moves, fate);
                at = due;
                steps.add(new Step(status, due));
                moves = table.carrierFrom(status);
            }
        }
        // the order itself is open (checked above); the carrier's own outcomes may be final
        boolean stillOpen = steps.isEmpty() || !statuses.isFinal(steps.get(steps.size() - 1).status());
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
        CarrierSettings current = fatesInForce.current();
        Instant deadline = order.shippedAt().plus(current.finalAfter());
        if (current.enabled() && order.hasTtn() && !table.carrierFrom(order.status()).isEmpty()) {
            Instant step = order.lastStatusChange().plus(current.stepEvery());
            return step.isBefore(deadline) ? step : deadline;
        }
        return deadline;
    }

    private static int next(List<StatusTransition> moves, String fate) {
        return moves.stream().filter(m -> fate != null && fate.equals(m.share())).findFirst()
                .or(() -> moves.stream().filter(StatusTransition::mainLine).findFirst())
                .orElse(moves.get(0)).to();
    }

    /**
     * What becomes of this parcel, or null for the main line. Rolled on the order and its TTN, so it
     * does not change from step to step, and a corrected TTN is a new parcel with a fate of its own.
     */
    private String fate(SandboxOrder order, CarrierSettings shares) {
        double roll = random.forOrder(order.id(), "carrier " + order.ttn()).nextDouble();
        double upTo = 0;
        for (String fate : fates) {
            upTo += shares.share(fate);
            if (roll < upTo) {
                return fate;
            }
        }
        return null;
    }

    public record Step(int status, Instant at) {
    }
}
