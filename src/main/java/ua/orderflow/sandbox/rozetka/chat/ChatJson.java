package ua.orderflow.sandbox.rozetka.chat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ua.orderflow.sandbox.clock.KyivTime;

/** Chats and messages in the shape of [DOC messages.md] (ChatModel, ChatMessageModel). */
public final class ChatJson {

    /** The sandbox seller's manager, as ROZETKA shows them on their own messages. */
    private static final long MANAGER_ID = 5501;
    private static final String MANAGER_FIO = "Менеджер пісочниці";
    /** Moderation status 5: passed moderation automatically; a buyer's message is 0, new. */
    private static final int AUTO_MODERATED = 5;

    private ChatJson() {
    }

    public static Map<String, Object> chat(ChatBook.ChatView chat, Set<String> expand) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", chat.id());
        json.put("created", KyivTime.format(chat.created()));
        json.put("updated", KyivTime.format(chat.updated()));
        json.put("subject", "Замовлення № " + chat.orderId());
        Map<String, Object> user = new LinkedHashMap<>();
        user.put("id", chat.userId());
        user.put("has_email", true);
        user.put("contact_fio", chat.userFio());
        json.put("user", user);
        json.put("read_market", KyivTime.format(chat.readMarket()));
        json.put("trash_market", 0);
        json.put("star_market", 0);
        json.put("order_id", chat.orderId());
        json.put("type", 0);
        json.put("item_id", null);
        json.put("user_id", chat.userId());
        json.put("unread_messages_count", chat.unread());
        if (expand.contains("messages")) {
            json.put("messages", chat.lines().stream().map(ChatJson::message).toList());
        }
        if (expand.contains("user_fio")) {
            json.put("user_fio", chat.userFio());
        }
        return json;
    }

    public static Map<String, Object> message(ChatLine line) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", line.id());
        json.put("chat_id", line.chatId());
        json.put("body", line.body());
        json.put("created", KyivTime.format(line.created()));
        json.put("receiver_id", line.receiverId());
        json.put("sender", line.sender());
        if (line.fromBuyer()) {
            json.put("seller", null);
            json.put("seller_id", null);
            json.put("status", 0);
        } else {
            Map<String, Object> seller = new LinkedHashMap<>();
            seller.put("id", MANAGER_ID);
            seller.put("fio", MANAGER_FIO);
            seller.put("status", 0);
            json.put("seller", seller);
            json.put("seller_id", MANAGER_ID);
            json.put("status", AUTO_MODERATED);
        }
        json.put("files", List.of());
        return json;
    }

    /** {@code GET /messages/counts} (apidoc 0.0.3); item and seller questions do not exist here. */
    public static Map<String, Object> counts(ChatBook.Counts counts) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("totalUnread", counts.unreadChats());
        json.put("total", counts.chats());
        json.put("totalUnreadMessages", counts.unreadMessages());
        json.put("ordersChatUnread", counts.unreadChats());
        json.put("ordersChatAll", counts.chats());
        json.put("orderMessagesUnread", counts.unreadMessages());
        for (String none : List.of("itemSellerMessagesUnread", "itemsChatUnread", "itemsChatFeatured", "itemsChatAll",
                "sellerChatAll", "sellerChatUnread", "deletedChats", "customerRequestsUnread", "customerRequestsAll",
                "customerRequestsInProcessingCount", "orderRefundAll", "orderRefundRead", "orderRefundUnread")) {
            json.put(none, 0);
        }
        json.put("feedback", Map.of("all", 0, "unread", 0));
        return json;
    }
}
