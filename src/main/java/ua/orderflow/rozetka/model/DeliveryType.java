package ua.orderflow.rozetka.model;

/**
 * How an order ships, as ROZETKA's {@code status_available.delivery_type} says it: 1 the seller's own
 * delivery, 0 an external carrier ([DOC orders.md] §4). A status allowed for one is not for the other.
 */
public enum DeliveryType {
    CARRIER(0),
    OWN(1);

    private final int code;

    DeliveryType(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    /** Whether a status_available row fits; a row without a delivery type fits every order. */
    public boolean fits(Integer rowDeliveryType) {
        return rowDeliveryType == null || rowDeliveryType == code;
    }
}
