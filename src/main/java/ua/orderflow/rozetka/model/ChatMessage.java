package ua.orderflow.rozetka.model;

import java.time.LocalDateTime;

/**
 * One message of a ROZETKA chat. {@code sender}: 3 the buyer, 2 the seller's manager, 0 ROZETKA's own
 * (system messages never come through the API). {@code id} is missing in older answers; {@link #key}
 * then stands in for it.
 */
public record ChatMessage(Long id, long chatId, String body, LocalDateTime created, int sender, Long receiverId) {

    public static final int FROM_BUYER = 3;
    public static final int FROM_SELLER = 2;

    public boolean fromBuyer() {
        return sender == FROM_BUYER;
    }

    /** ROZETKA's id, or what tells two messages of a chat apart without one. */
    public String key() {
        if (id != null) {
            return String.valueOf(id);
        }
        return "t" + created + "/" + sender + "/" + Integer.toHexString((body == null ? "" : body).hashCode());
    }
}
