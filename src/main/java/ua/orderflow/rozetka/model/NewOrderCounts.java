package ua.orderflow.rozetka.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** /orders/counts-new: how many orders wait in each bucket of the seller cabinet. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record NewOrderCounts(Long all, Long processing, Long delivering, Long unwatched, @com.fasterxml.jackson.annotation.JsonProperty("new") Long fresh) {

    public long newOrders() {
        return fresh == null ? 0 : fresh;
    }
}
