package ua.orderflow.sandbox.rozetka.order;

/**
 * What ROZETKA shows buyers in stock for each item: a buyer can only order what is listed, and the
 * order takes it. {@link #UNLIMITED} for orders placed from the admin side regardless of stock.
 */
public interface ListedStock {

    ListedStock UNLIMITED = new ListedStock() {
        @Override
        public int listed(CatalogueItem item) {
            return Integer.MAX_VALUE;
        }

        @Override
        public void sold(CatalogueItem item, int quantity) {
        }
    };

    int listed(CatalogueItem item);

    void sold(CatalogueItem item, int quantity);
}
