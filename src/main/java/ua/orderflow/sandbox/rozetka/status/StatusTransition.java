package ua.orderflow.sandbox.rozetka.status;

/**
 * One row of {@code status-transitions.csv}: {@code from} may become {@code to} for orders of this
 * delivery type, by the seller's PUT or by the carrier's tracking. {@code share} names the carrier
 * setting that decides how often a branch off the main line is taken (null on the main line).
 */
public record StatusTransition(int id, int from, int to, int deliveryType, Actor actor, String share,
        String source) {

    /** ROZETKA's delivery_type: the seller's own delivery (no TTN). */
    public static final int OWN_DELIVERY = 1;
    /** ROZETKA's delivery_type: an external carrier (with a TTN). */
    public static final int CARRIER_DELIVERY = 0;

    public enum Actor { SELLER, CARRIER }

    public boolean bySeller() {
        return actor == Actor.SELLER;
    }

    public boolean mainLine() {
        return share == null;
    }
}
