package ua.orderflow.sandbox.rozetka.status;

import java.util.List;

/**
 * Decides a seller's status change from {@link TransitionTable}: the change must be a seller row
 * for the order's delivery type (with a TTN the order is a carrier parcel, without one it is the
 * seller's own delivery), 3 and 61 need a TTN, a TTN sent with 2 makes the order 61, and 26 clears
 * the TTN (the live workaround for changing one is 26, then 61 again).
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
    public static final int INCORRECT_TTN = 15;
    public static final int PROCESSING = 26;
    public static final int CALL_BACK = 47;
    public static final int CALL_BACK_AGAIN = 48;
    public static final int HANDOVER_PLANNED = 61;

    private final StatusCatalogue catalogue;
    private final TransitionTable table;

    public StatusRules(StatusCatalogue catalogue, TransitionTable table) {
        this.catalogue = catalogue;
        this.table = table;
    }

    public TransitionTable table() {
        return table;
    }

    /** ROZETKA's status_available for an order in {@code status}: every seller row, of both delivery types. */
    public List<StatusTransition> available(int status) {
        return catalogue.isFinal(status) ? List.of() : table.sellerFrom(status);
    }

    /** How the sandbox judges an order's delivery: a TTN makes it a carrier parcel. */
    public static int deliveryType(boolean hasTtn) {
        return hasTtn ? StatusTransition.CARRIER_DELIVERY : StatusTransition.OWN_DELIVERY;
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
        if (catalogue.isFinal(current) || !table.sellerMay(current, target)) {
            throw StatusChangeRefused.nextUnavailable(current, target);
        }
        if (catalogue.needsTtn(target) && !ttnSent) {
            // filed under "status" like every status refusal, so a client reads one place for the reason
            throw new StatusChangeRefused("status", "Неможливо змінити статус. З " + current + " на " + target
                    + ". Необхідно заповнити «ТТН».");
        }
        if (!table.sellerMay(current, target, deliveryType(hasTtn || ttnSent))) {
            throw StatusChangeRefused.nextUnavailable(current, target);
        }
        String ttn = target == PROCESSING ? "" : ttnSent ? requestTtn.trim() : (hasTtn ? currentTtn : "");
        return new Transition(target, ttn, true);
    }

    /** The outcome of an accepted PUT: the status and TTN the order has afterwards. */
    public record Transition(int status, String ttn, boolean statusChanged) {
    }
}
