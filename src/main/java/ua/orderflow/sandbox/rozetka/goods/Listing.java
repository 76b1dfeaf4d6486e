package ua.orderflow.sandbox.rozetka.goods;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import ua.orderflow.sandbox.rozetka.order.CatalogueItem;

/**
 * One item of the seller's on ROZETKA: its stock, its prices, a price waiting for ROZETKA's
 * moderation, and every stock value the seller sent, in the order they arrived.
 */
final class Listing {

    record Pushed(Instant at, int stock) {
    }

    final CatalogueItem item;
    int stock;
    BigDecimal price;
    BigDecimal priceOld;
    BigDecimal pricePromo;
    BigDecimal moderatedPrice;
    Instant updatedAt;
    int sold;
    final List<Pushed> pushes = new ArrayList<>();

    Listing(CatalogueItem item, int stock) {
        this.item = item;
        this.stock = stock;
        this.price = item.price();
    }

    /** 1 in stock, 0 out of stock (2, removed from the price list, never happens here). */
    int available() {
        return stock > 0 ? 1 : 0;
    }
}
