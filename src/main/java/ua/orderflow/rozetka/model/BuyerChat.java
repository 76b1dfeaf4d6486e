package ua.orderflow.rozetka.model;

import java.util.List;

/**
 * A ROZETKA chat with a buyer: {@code type} 0 is an order's chat ({@code orderId} set), 1 a question
 * about an item, 2 a question to the seller. {@code unread} counts the buyer's unread messages.
 */
public record BuyerChat(long id, int type, Long orderId, long userId, String userName, int unread,
        List<ChatMessage> messages) {

    public BuyerChat {
        messages = messages == null ? List.of() : List.copyOf(messages);
    }

    public List<ChatMessage> fromBuyer() {
        return messages.stream().filter(ChatMessage::fromBuyer).toList();
    }
}
