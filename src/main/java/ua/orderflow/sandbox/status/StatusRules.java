package ua.orderflow.sandbox.status;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a seller may set next, per rozetka-seller-api.md §5 and §7: 1 → 26; 26, 47, 48 → 2, the call
 * statuses, 3/61 with a TTN or a cancellation; 2 → 3/61 with a TTN, 4 (own courier) or a
 * cancellation; 26 from the open states (which clears the TTN: the live workaround for changing a
 * TTN is 26, then 61 again); an own-courier 4 → 6 or 12. Groups 2 and 3 are final, 13 is ROZETKA's.
 */
public final class StatusRules {

    public static final int NEW = 1;
    public static final int CONFIRMED = 2;
    public static final int SHIPPED = 3;
    public static final int DELIVERING = 4;
    public static final int AT_PICKUP = 5;
    public static final int RECEIVED = 6;
    public static final int NOT_PICKED_UP = 11;
    public static final int REFUSED = 12;
    public static final int PROCESSING = 26;
    public static final int CALL_BACK = 47;
    public static final int CALL_BACK_AGAIN = 48;
    public static final int HANDOVER_PLANNED = 61;

    private static final Set<Integer> NEED_TTN = Set.of(SHIPPED, HANDOVER_PLANNED);
    /** Statuses the carrier moves by itself once there is a TTN. */
    public static final Set<Integer> IN_TRANSIT = Set.of(SHIPPED, HANDOVER_PLANNED, DELIVERING, AT_PICKUP);

    private final StatusCatalogue catalogue;
    private final List<Integer> cancellations;
    private final Map<Integer, List<Integer>> plainNext;

    public StatusRules(StatusCatalogue catalogue) {
        this.catalogue = catalogue;
        this.cancellations = catalogue.all().stream().filter(OrderStatus::sellerCancellation).map(OrderStatus::id)
                .toList();
        List<Integer> ship = List.of(SHIPPED, HANDOVER_PLANNED);
        this.plainNext = Map.of(
                NEW, List.of(PROCESSING),
                PROCESSING, concat(List.of(CONFIRMED, CALL_BACK, CALL_BACK_AGAIN), ship, cancellations),
                CALL_BACK, concat(List.of(PROCESSING, CONFIRMED, CALL_BACK_AGAIN), ship, cancellations),
                CALL_BACK_AGAIN, concat(List.of(PROCESSING, CONFIRMED), ship, cancellations),
                CONFIRMED, concat(List.of(PROCESSING), ship, List.of(DELIVERING), cancellations),
                SHIPPED, List.of(PROCESSING),
                HANDOVER_PLANNED, List.of(PROCESSING));
    }

    /** The statuses a seller may set now, in the order ROZETKA lists them. */
    public List<Integer> next(int status, boolean hasTtn) {
        if (catalogue.isFinal(status)) {
            return List.of();
        }
        if (status == DELIVERING) {
            // with a TTN the carrier reports delivery; without one the seller delivers himself
            return hasTtn ? List.of() : List.of(RECEIVED, REFUSED);
        }
        return plainNext.getOrDefault(status, List.of());
    }

    /** 1 for a status the seller reaches with his own delivery, 0 for one that involves a carrier. */
    public int deliveryType(int parent, int child) {
        return child == DELIVERING || parent == DELIVERING ? 1 : 0;
    }

    /**
     * Decides a seller's PUT: the status the order ends in and its TTN afterwards, or a refusal.
     *
     * @param requestTtn the TTN sent with the change, or null
     */
    public Transition decide(int current, String currentTtn, int requested, String requestTtn) {
        boolean ttnSent = requestTtn != null && !requestTtn.isBlank();
        boolean hasTtn = currentTtn != null && !currentTtn.isBlank();
        int target = requested == CONFIRMED && ttnSent ? HANDOVER_PLANNED : requested;
        if (target == current) {
            // the live quirk: an unchanged status with a new TTN succeeds but keeps the old TTN
            return new Transition(current, currentTtn == null ? "" : currentTtn, false);
        }
        if (!next(current, hasTtn).contains(target)) {
            throw new StatusChangeRefused("status",
                    "Неможливо змінити статус. З " + current + " на " + target + ". Наступний статус недоступний.");
        }
        if (NEED_TTN.contains(target) && !ttnSent) {
            // filed under "status" like every status refusal, so a client reads one place for the reason
            throw new StatusChangeRefused("status", "Неможливо змінити статус. З " + current + " на " + target
                    + ". Необхідно заповнити «ТТН».");
        }
        String ttn = target == PROCESSING ? "" : ttnSent ? requestTtn.trim() : (hasTtn ? currentTtn : "");
        return new Transition(target, ttn, true);
    }

    /** The outcome of an accepted PUT: the status and TTN the order has afterwards. */
    public record Transition(int status, String ttn, boolean statusChanged) {
    }

    @SafeVarargs
    private static List<Integer> concat(List<Integer>... parts) {
        Set<Integer> all = new LinkedHashSet<>();
        for (List<Integer> part : parts) {
            all.addAll(part);
        }
        return List.copyOf(all);
    }
}
