package ua.orderflow.rozetka.model;

/**
 * The part of {@code GET /messages/counts} a sync needs: order chats with unread buyer messages and
 * those messages (apidoc 0.0.3; 0.0.0 named the first {@code ordersChat}).
 */
public record ChatCounts(int ordersChatUnread, int orderMessagesUnread) {

    public boolean anyUnread() {
        return ordersChatUnread > 0 || orderMessagesUnread > 0;
    }
}
