package ua.orderflow.order;

import java.util.Set;

/**
 * The stages of seed 000's lifecycle table, each with the ROZETKA status ids that put an order there
 * and the documents an order imported at that stage already has on our side.
 */
public enum OrderStage {
    NEW(Set.of(1, 52)),
    PROCESSING(Set.of(26, 47, 48, 7, 27, 53, 54, 55, 69, 70)),
    CONFIRMED(Set.of(2)),
    // 83–86 and 89–91 are a return on its way back to the seller: still after shipment, not final
    SHIPPED(Set.of(3, 61, 15, 56, 57, 58, 59, 60, 62, 63, 64, 65, 66, 67, 73, 74, 78, 79, 80, 81, 82,
            83, 84, 85, 86, 89, 90, 91)),
    DELIVERING(Set.of(4)),
    AT_PICKUP(Set.of(5, 76)),
    RECEIVED(Set.of(6, 46, 68, 87)),
    CANCELLED(Set.of());

    /** ROZETKA's status group 2: completed successfully; 3: failed or cancelled. */
    private static final int GROUP_COMPLETED = 2;
    private static final int GROUP_FAILED = 3;

    private final Set<Integer> statusIds;

    OrderStage(Set<Integer> statusIds) {
        this.statusIds = statusIds;
    }

    /**
     * The stage of a ROZETKA status. Ids not listed are classified by their status group, as the
     * design asks: group 2 is received, group 3 cancelled, anything else still in processing.
     */
    public static OrderStage ofStatus(int statusId, Integer statusGroup) {
        for (OrderStage stage : values()) {
            if (stage.statusIds.contains(statusId)) {
                return stage;
            }
        }
        if (statusGroup != null && statusGroup == GROUP_COMPLETED) {
            return RECEIVED;
        }
        if (statusGroup != null && statusGroup == GROUP_FAILED) {
            return CANCELLED;
        }
        if (statusGroup == null && isCancellation(statusId)) {
            return CANCELLED;
        }
        return PROCESSING;
    }

    /** The stage of one of our own pushes or of ROZETKA's current status when its group is unknown. */
    public static OrderStage ofStatus(int statusId) {
        return ofStatus(statusId, null);
    }

    /** Cancellation-type ids from ROZETKA's search-data (rozetka-seller-api.md §5), all group 3. */
    private static boolean isCancellation(int statusId) {
        return (statusId >= 10 && statusId <= 13) || (statusId >= 16 && statusId <= 20) || statusId == 24
                || statusId == 25 || (statusId >= 28 && statusId <= 45) || statusId == 49 || statusId == 50
                || statusId == 51 || statusId == 71 || statusId == 72 || statusId == 75 || statusId == 77
                || statusId == 88;
    }

    /** Whether the id is in this table at all (a cancellation id counts): else it is unknown to us. */
    public static boolean isListed(int statusId) {
        for (OrderStage stage : values()) {
            if (stage.statusIds.contains(statusId)) {
                return true;
            }
        }
        return isCancellation(statusId);
    }

    /** Whether ROZETKA treats the stage as final: no status is ever pushed for it again. */
    public boolean isFinal() {
        return this == RECEIVED || this == CANCELLED;
    }

    /** Whether goods have left the warehouse: item changes then need a supervisor, not an invoice update. */
    public boolean isShipped() {
        return this == SHIPPED || this == DELIVERING || this == AT_PICKUP || this == RECEIVED;
    }
}
