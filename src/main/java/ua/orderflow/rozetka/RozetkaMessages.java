package ua.orderflow.rozetka;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ua.orderflow.rozetka.json.KyivDateTime;
import ua.orderflow.rozetka.model.BuyerChat;
import ua.orderflow.rozetka.model.ChatCounts;
import ua.orderflow.rozetka.model.ChatMessage;

/**
 * The shop's chats with buyers (rozetka-seller-api.md §8.1), through the shop's client: the same
 * token, envelope decoding, retries of reads, quiet period after a 429 and call metrics as orders.
 * A message sent is never replayed after a failure: the caller's outbox decides on a retry.
 */
public final class RozetkaMessages {

    /** Chats with unread messages never fill this many pages; a page count beyond it is not believed. */
    static final int MAX_PAGES = 50;
    private static final String CHAT_EXPAND = "messages,user_fio,unread_messages_count";

    private final RozetkaClient client;
    private final SellerMessagesApi api;
    private final Clock clock;

    RozetkaMessages(RozetkaClient client, SellerMessagesApi api, Clock clock) {
        this.client = client;
        this.api = api;
        this.clock = clock;
    }

    public String shopId() {
        return client.shopId();
    }

    /** The cheap look first: whether any order chat holds unread buyer messages. */
    public ChatCounts counts() {
        JsonNode content = client.idempotent(api::counts);
        return new ChatCounts(content.path("ordersChatUnread").asInt(content.path("ordersChat").asInt(0)),
                content.path("orderMessagesUnread").asInt(0));
    }

    /** Every order chat with unread buyer messages, with its messages, each chat once. */
    public List<BuyerChat> unreadOrderChats() {
        Map<Long, BuyerChat> chats = new LinkedHashMap<>();
        int pageCount = 1;
        for (int page = 1; page <= pageCount && page <= MAX_PAGES; page++) {
            Map<String, Object> query = new LinkedHashMap<>();
            query.put("msgType", "orders");
            query.put("read", 0);
            query.put("expand", CHAT_EXPAND);
            query.put("page", page);
            JsonNode content = client.idempotent(t -> api.searchChats(t, query));
            content.path("chats").forEach(chat -> chats.putIfAbsent(chat.path("id").asLong(), read(chat)));
            pageCount = content.path("_meta").path("pageCount").asInt(1);
        }
        return List.copyOf(chats.values());
    }

    /** One chat with its messages, read through the search: opening it would mark it read. */
    public BuyerChat chat(long chatId) {
        Map<String, Object> query = new LinkedHashMap<>();
        query.put("msgType", "orders");
        query.put("id", chatId);
        query.put("expand", CHAT_EXPAND);
        JsonNode chats = client.idempotent(t -> api.searchChats(t, query)).path("chats");
        for (JsonNode chat : chats) {
            if (chat.path("id").asLong() == chatId) {
                return read(chat);
            }
        }
        throw new RozetkaException.NotFound("ROZETKA lists no order chat " + chatId, null);
    }

    /** The chat ROZETKA keeps for an order (every order has one, though it lists only chats with messages). */
    public BuyerChat orderChat(long orderId) {
        return read(client.idempotent(t -> api.orderChat(t, orderId)));
    }

    /** Writes to the buyer (ROZETKA e-mails them); answers the message as ROZETKA stored it. */
    public ChatMessage send(long chatId, long receiverId, String body) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("chat_id", chatId);
        request.put("receiver_id", receiverId);
        request.put("body", body);
        request.put("sendEmailUser", 1);
        JsonNode content = client.authorized(t -> api.createMessage(t, request));
        return message(content, chatId);
    }

    /** Marks the chat read by the seller now (Kyiv time, ROZETKA's format). */
    public void markRead(long chatId) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("read_market", LocalDateTime.now(clock.withZone(KyivDateTime.KYIV)).format(KyivDateTime.FORMAT));
        client.authorized(t -> api.updateChat(t, chatId, request));
    }

    private static BuyerChat read(JsonNode chat) {
        long id = chat.path("id").asLong();
        List<ChatMessage> messages = new ArrayList<>();
        chat.path("messages").forEach(m -> messages.add(message(m, id)));
        long userId = chat.hasNonNull("user_id") ? chat.path("user_id").asLong() : chat.path("user").path("id").asLong();
        String name = chat.hasNonNull("user_fio") ? chat.path("user_fio").asText()
                : chat.path("user").path("contact_fio").asText(null);
        Long orderId = chat.hasNonNull("order_id") ? chat.path("order_id").asLong() : null;
        return new BuyerChat(id, chat.path("type").asInt(0), orderId, userId, name == null ? null : name.trim(),
                chat.path("unread_messages_count").asInt(0), messages);
    }

    private static ChatMessage message(JsonNode message, long chatId) {
        return new ChatMessage(message.hasNonNull("id") ? message.path("id").asLong() : null,
                message.path("chat_id").asLong(chatId), message.path("body").asText(""),
                time(message.path("created").asText(null)), message.path("sender").asInt(0),
                message.hasNonNull("receiver_id") ? message.path("receiver_id").asLong() : null);
    }

    private static LocalDateTime time(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.trim().replace('T', ' ');
        try {
            return value.length() == 10 ? LocalDate.parse(value).atStartOfDay()
                    : LocalDateTime.parse(value.substring(0, Math.min(19, value.length())), KyivDateTime.FORMAT);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
