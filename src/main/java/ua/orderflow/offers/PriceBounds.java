package ua.orderflow.offers;

import java.math.BigDecimal;

/**
 * ROZETKA's price moderation (rozetka-seller-api.md §8.2): a new price more than 1.5 times the
 * current one, or less than half of it, is not applied until a ROZETKA manager approves it.
 */
final class PriceBounds {

    private static final BigDecimal UP = new BigDecimal("1.5");
    private static final BigDecimal DOWN = new BigDecimal("2");

    private PriceBounds() {
    }

    /** False when there is no current price to compare with: a first price goes as it is. */
    static boolean beyond(BigDecimal current, BigDecimal next) {
        return current != null && next != null && current.signum() > 0
                && (next.compareTo(current.multiply(UP)) > 0 || next.multiply(DOWN).compareTo(current) < 0);
    }
}
