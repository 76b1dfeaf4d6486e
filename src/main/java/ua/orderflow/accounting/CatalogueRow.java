package ua.orderflow.accounting;

import java.math.BigDecimal;

/**
 * One checked line of a catalogue file: a product and its stock in one warehouse, with the old and
 * promo prices, a picture and the brand where the file has those columns.
 */
record CatalogueRow(String offerId, String article, String name, BigDecimal price, String category,
        String warehouse, int quantity, BigDecimal priceOld, BigDecimal pricePromo, String picture, String vendor) {

    CatalogueRow(String offerId, String article, String name, BigDecimal price, String category, String warehouse,
            int quantity) {
        this(offerId, article, name, price, category, warehouse, quantity, null, null, null, null);
    }
}
