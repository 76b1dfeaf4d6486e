package ua.orderflow.sandbox.rozetka.order;

import java.time.Instant;

/** One row of order_status_history. */
public record StatusChange(int statusId, Instant created) {
}
