package ua.orderflow.sandbox.rozetka.order;

import java.time.Instant;

/** One entry of seller_comment, which ROZETKA returns as an array of these. */
public record SellerComment(String comment, Instant created, long sellerId, String sellerFio) {
}
