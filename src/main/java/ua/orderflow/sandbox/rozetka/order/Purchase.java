package ua.orderflow.sandbox.rozetka.order;

import java.math.BigDecimal;

/** One order line. Removed lines stay in the order with status 0, as ROZETKA keeps them. */
public final class Purchase {

    public static final int ACTIVE = 1;
    public static final int REMOVED = 0;

    private final long id;
    private final CatalogueItem item;
    private final BigDecimal price;
    private final BigDecimal priceWithDiscount;
    private int quantity;
    private int status = ACTIVE;

    public Purchase(long id, CatalogueItem item, int quantity, BigDecimal price, BigDecimal priceWithDiscount) {
        this.id = id;
        this.item = item;
        this.quantity = quantity;
        this.price = price;
        this.priceWithDiscount = priceWithDiscount;
    }

    public long id() {
        return id;
    }

    public CatalogueItem item() {
        return item;
    }

    public int quantity() {
        return quantity;
    }

    public BigDecimal price() {
        return price;
    }

    public BigDecimal priceWithDiscount() {
        return priceWithDiscount;
    }

    public int status() {
        return status;
    }

    public boolean active() {
        return status == ACTIVE;
    }

    public BigDecimal cost() {
        return price.multiply(BigDecimal.valueOf(quantity));
    }

    public BigDecimal costWithDiscount() {
        return priceWithDiscount.multiply(BigDecimal.valueOf(quantity));
    }

    void setQuantity(int quantity) {
        if (quantity <= 0) {
            this.status = REMOVED;
        } else {
            this.quantity = quantity;
        }
    }
}
