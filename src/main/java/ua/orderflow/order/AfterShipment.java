package ua.orderflow.order;

import java.util.Set;

/**
 * What ROZETKA's status says about goods that have left the warehouse (rozetka-seller-api.md §7):
 * they come back (refused, not picked up, returned), a return is on its way, the TTN is wrong, or
 * the parcel is lost. Stock comes back only with the goods.
 */
public final class AfterShipment {

    /** 15 «Некоректний ТТН»: the carrier does not know the number; the seller sends a correct one. */
    public static final int INCORRECT_TTN = 15;
    /** 88 «Втрачена перевізником»: the goods will not come back; a claim against the carrier. */
    public static final int LOST = 88;

    /** 11 not picked up, 12 refused, 19 returned, 71 "the item came back": the goods are back with us. */
    private static final Set<Integer> GOODS_BACK = Set.of(11, 12, 19, 71);
    /** 83–86, 89–91: a return to the seller under way, neither delivered nor final yet. */
    private static final Set<Integer> RETURNING = Set.of(83, 84, 85, 86, 89, 90, 91);

    private AfterShipment() {
    }

    public static boolean goodsComeBack(int status) {
        return GOODS_BACK.contains(status);
    }

    public static boolean isReturning(int status) {
        return RETURNING.contains(status);
    }
}
