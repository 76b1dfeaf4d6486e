package ua.orderflow.sandbox.rozetka.order;

import java.math.BigDecimal;

/** A product ROZETKA lists for the seller; {@code offerId} is the seller's offer id (item.price_offer_id). */
public record CatalogueItem(long itemId, String offerId, String article, String name, BigDecimal price,
        int categoryId, String categoryName, boolean additional) {
}
