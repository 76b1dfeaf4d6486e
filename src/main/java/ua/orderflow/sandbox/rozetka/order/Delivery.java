package ua.orderflow.sandbox.rozetka.order;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * Nova Poshta delivery (service 5) to a branch (method 1: place number and street) or by courier
 * (method 2: street, house, flat). {@code cost} is null unless the delivery cost is fixed in the order.
 */
public record Delivery(int methodId, City city, Person recipient, boolean anotherRecipient, long placeId,
        String placeNumber, String placeStreet, String placeHouse, String placeFlat, String refId,
        BigDecimal cost, Instant reserveDate) {

    public static final int NOVA_POSHTA = 5;
    public static final int BRANCH = 1;
    public static final int COURIER = 2;
}
