package ua.orderflow.accounting;

import java.math.BigDecimal;

/** One checked line of a catalogue file: a product and its stock in one warehouse. */
record CatalogueRow(String offerId, String article, String name, BigDecimal price, String category,
        String warehouse, int quantity) {
}
