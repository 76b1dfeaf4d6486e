package ua.orderflow.rozetka.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * {@code /orders/counts-new} ([DOC orders.md] §1.1): orders in processing, done, not done (the three
 * add up to all), new, delivering, and unwatched in every status.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record NewOrderCounts(Long inProgress, Long inDone, Long inNotDone, @JsonProperty("new") Long fresh,
        Long delivering, Long unwatched, Long all) {

    public long newOrders() {
        return fresh == null ? 0 : fresh;
    }
}
