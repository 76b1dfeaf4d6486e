package ua.orderflow.sandbox.rozetka.chat;

import java.time.Instant;

/**
 * One message of a sandbox chat. {@code sender}: 3 the buyer, 2 the seller's manager ([DOC
 * messages.md] examples); ROZETKA's system messages (0) are never kept, since the API hides them.
 */
public record ChatLine(long id, long chatId, String body, Instant created, int sender, long receiverId) {

    public static final int BUYER = 3;
    public static final int SELLER = 2;

    public boolean fromBuyer() {
        return sender == BUYER;
    }
}
