package ua.orderflow.faults;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import ua.orderflow.sync.SandboxAdmin;

/**
 * Orders on ROZETKA's side and their way through the lifecycle: the buyers order, half of those who
 * pay by card pay at checkout and the other half only once the order waits for its payment (the
 * card-payment defect: paid orders that stayed at the wait); managers confirm and ship, and the
 * carrier (the sandbox's clock) takes every parcel to its buyer. With {@link #shipFromCabinet} a
 * share of the orders is shipped by the seller in ROZETKA's cabinet, a TTN typed there, while our
 * ship task is open (issue 13: that change had no catcher and stayed in the inbox for good).
 */
final class Lifecycle {

    private static final int RECEIVED = 6;
    private static final int CONFIRMED = 2;
    private static final int SHIPPED = 3;
    /** With the carrier: shipped, delivering, at the pickup point, and a return's three steps to the seller. */
    private static final List<Integer> UNDER_WAY = List.of(3, 4, 5, 83, 84, 85);
    /** Received, not picked up, refused, returned, lost by the carrier. */
    private static final List<Integer> PARCEL_ENDS = List.of(6, 11, 12, 19, 88);

    private final SandboxAdmin sandbox;
    private final Manager manager;
    private final Set<Long> payLater = ConcurrentHashMap.newKeySet();
    private final Set<Long> cabinetPending = ConcurrentHashMap.newKeySet();
    private int cabinetEvery;
    private int ordered;
    private int shippedFromCabinet;
    private int cardOrders;
    private int paidWhileWaiting;

    Lifecycle(SandboxAdmin sandbox, Manager manager) {
        this.sandbox = sandbox;
        this.manager = manager;
    }

    /** New orders at ROZETKA (status 1); card orders settled at checkout or marked to pay later, alternately. */
    List<Long> order(int count) {
        List<Long> ids = new ArrayList<>(sandbox.createOrders(count, 1));
        for (long id : ids) {
            if (cabinetEvery > 0 && ordered++ % cabinetEvery == cabinetEvery - 1) {
                cabinetPending.add(id);
                manager.leaveToCabinet(id);
            }
            if ("card".equals(sandbox.order(id).path("payment").path("payment_type").asText())) {
                if (cardOrders++ % 2 == 0) {
                    sandbox.payment(id, 2);
                } else {
                    payLater.add(id);
                }
            }
        }
        return ids;
    }

    /** One round: tasks worked, waiting card orders paid, parcels carried on. */
    void round() {
        manager.workOpenTasks();
        for (long id : payLater) {
            if (sandbox.status(id) == CONFIRMED) {
                sandbox.payment(id, 2);
                payLater.remove(id);
                paidWhileWaiting++;
            }
        }
        for (long id : cabinetPending) {
            if (manager.shipTaskOpen(id)) {
                sandbox.forceStatus(id, SHIPPED, String.format("2046%010d", id % 10_000_000_000L));
                cabinetPending.remove(id);
                shippedFromCabinet++;
            }
        }
        if (UNDER_WAY.stream().mapToLong(sandbox::countInStatus).sum() > 0) {
            sandbox.advanceClock("days", 2);
        }
    }

    /**
     * Rounds until every one of {@code count} orders has a final status at ROZETKA (received, or the
     * carrier's bad ends: not picked up, refused, returned, lost), or {@code limit} passes; whether they did.
     */
    boolean toFinalStatus(int count, Duration limit) {
        return roundsUntil(count + " orders final at ROZETKA", limit,
                () -> finalStatuses().values().stream().mapToLong(Long::longValue).sum() >= count);
    }

    /** How many orders ROZETKA holds in each final status a parcel can end in. */
    Map<Integer, Long> finalStatuses() {
        Map<Integer, Long> counts = new TreeMap<>();
        for (int status : PARCEL_ENDS) {
            counts.put(status, sandbox.countInStatus(status));
        }
        return counts;
    }

    /** Rounds until ROZETKA has every one of {@code count} orders received, or {@code limit} passes; whether they all got there. */
    boolean toReceipt(int count, Duration limit) {
        return roundsUntil(count + " orders received at ROZETKA", limit, () -> sandbox.countInStatus(RECEIVED) >= count);
    }

    /** A round every few seconds until {@code done} holds or {@code limit} passes; whether it came to hold. */
    private boolean roundsUntil(String what, Duration limit, java.util.function.BooleanSupplier done) {
        try {
            Scenario.await(what, limit, Duration.ofSeconds(3), () -> {
                round();
                return done.getAsBoolean();
            });
            return true;
        } catch (org.awaitility.core.ConditionTimeoutException notAll) {
            // the comparison that follows says which orders stayed where
            return false;
        }
    }

    /** Every {@code every}-th order from now on is shipped from ROZETKA's cabinet, not by our manager. */
    Lifecycle shipFromCabinet(int every) {
        this.cabinetEvery = every;
        return this;
    }

    int shippedFromCabinet() {
        return shippedFromCabinet;
    }

    int cardOrders() {
        return cardOrders;
    }

    int paidWhileWaiting() {
        return paidWhileWaiting;
    }
}
