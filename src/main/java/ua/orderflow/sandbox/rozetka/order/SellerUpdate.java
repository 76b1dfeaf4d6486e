package ua.orderflow.sandbox.rozetka.order;

import java.util.List;

/** The body of {@code PUT /orders/{id}}: a status change (with TTN and comment) or an items edit. */
public record SellerUpdate(Integer status, String ttn, String sellerComment, List<ItemChange> purchases) {
}
