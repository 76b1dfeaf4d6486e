package ua.orderflow.sandbox.rozetka.chat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import ua.orderflow.sandbox.clock.SandboxClock;
import ua.orderflow.sandbox.rozetka.order.OrderBook;
import ua.orderflow.sandbox.rozetka.order.OrderNotFound;

/**
 * The sandbox's order chats (rozetka-seller-api.md §8.1). Every order has one, made on first use; only
 * chats with a message in them are listed, as ROZETKA hides chats that hold only its system messages.
 */
public final class ChatBook {

    private static final long FIRST_CHAT = 3_100_001;
    private static final long FIRST_MESSAGE = 7_200_001;

    private final SandboxClock clock;
    private final OrderBook orders;
    private final TreeMap<Long, OrderChat> chats = new TreeMap<>();
    private final Map<Long, OrderChat> byOrder = new HashMap<>();
    private long nextChat = FIRST_CHAT;
    private long nextMessage = FIRST_MESSAGE;

    public ChatBook(SandboxClock clock, OrderBook orders) {
        this.clock = clock;
        this.orders = orders;
    }

    /** A chat as the API renders it, with its messages when asked. */
    public record ChatView(long id, long orderId, long userId, String userFio, Instant created, Instant updated,
            Instant readMarket, int unread, List<ChatLine> lines) {
    }

    /** The counters of {@code GET /messages/counts} this sandbox can know. */
    public record Counts(int chats, int unreadChats, int unreadMessages) {
    }

    /** {@code GET /messages/{orderId}/order-chat}. */
    public synchronized ChatView orderChat(long orderId) {
        return view(chatOf(orderId));
    }

    /** The buyer writes in the order's chat (the admin call, the generator). */
    public synchronized ChatView buyerWrites(long orderId, String body) {
        OrderChat chat = chatOf(orderId);
        add(chat, body, ChatLine.BUYER, 0);
        return view(chat);
    }

    /** {@code POST /messages/create}: the seller's message; what ROZETKA refuses is refused here. */
    public synchronized ChatLine sellerWrites(Long chatId, Long receiverId, String body) {
        if (chatId == null) {
            throw new MessageRefused("chat_id", "Необхідно заповнити «chat_id».");
        }
        if (body == null || body.isBlank()) {
            throw new MessageRefused("body", "Необхідно заповнити «body».");
        }
        if (receiverId == null) {
            throw new MessageRefused("receiver_id", "Необхідно заповнити «receiver_id».");
        }
        OrderChat chat = chats.get(chatId);
        if (chat == null) {
            throw new ChatNotFound("chat " + chatId);
        }
        if (receiverId != chat.userId) {
            throw new MessageRefused("receiver_id", "Значення «receiver_id» неправильне.");
        }
        return add(chat, body, ChatLine.SELLER, chat.userId);
    }

    /** One chat by its id, listed or not. */
    public synchronized ChatView chat(long chatId) {
        OrderChat chat = chats.get(chatId);
        if (chat == null) {
            throw new ChatNotFound("chat " + chatId);
        }
        return view(chat);
    }

    /** {@code PUT /messages/{id}} with read_market: read at that moment, or unread again for null. */
    public synchronized ChatView markRead(long chatId, boolean read) {
        OrderChat chat = chats.get(chatId);
        if (chat == null) {
            throw new ChatNotFound("chat " + chatId);
        }
        // read now, and so every message so far, even those the one-millisecond step put a hair later
        Instant now = clock.now();
        Instant last = chat.lines.isEmpty() ? now : chat.lines.get(chat.lines.size() - 1).created();
        chat.readMarket = read ? (last.isAfter(now) ? last : now) : null;
        return view(chat);
    }

    /** Listed chats passing the filter, newest first (ROZETKA's default order). */
    public synchronized List<ChatView> search(Predicate<ChatView> filter) {
        List<ChatView> found = new ArrayList<>();
        chats.values().stream().filter(OrderChat::listed).map(this::view).filter(filter)
                .sorted(Comparator.comparing(ChatView::updated).reversed().thenComparing(ChatView::id))
                .forEach(found::add);
        return found;
    }

    public synchronized Counts counts() {
        List<OrderChat> listed = chats.values().stream().filter(OrderChat::listed).toList();
        return new Counts(listed.size(), (int) listed.stream().filter(c -> c.unread() > 0).count(),
                listed.stream().mapToInt(OrderChat::unread).sum());
    }

    /** The messages of an order's chat, for the admin API and tests. */
    public synchronized List<ChatLine> lines(long orderId) {
        OrderChat chat = byOrder.get(orderId);
        return chat == null ? List.of() : List.copyOf(chat.lines);
    }

    public synchronized void reset() {
        chats.clear();
        byOrder.clear();
        nextChat = FIRST_CHAT;
        nextMessage = FIRST_MESSAGE;
    }

    private OrderChat chatOf(long orderId) {
        OrderChat known = byOrder.get(orderId);
        if (known != null) {
            return known;
        }
        OrderChat chat;
        try {
            chat = orders.read(orderId, o -> new OrderChat(nextChat, orderId, o.buyer().userId(),
                    o.buyer().person().firstName() + " " + o.buyer().person().lastName(), o.created()));
        } catch (OrderNotFound e) {
            throw new ChatNotFound("order " + orderId);
        }
        nextChat++;
        chats.put(chat.id, chat);
        byOrder.put(orderId, chat);
        return chat;
    }

    private ChatLine add(OrderChat chat, String body, int sender, long receiverId) {
        // two messages in the same instant keep their order: each is at least a millisecond later
        Instant now = clock.now();
        if (!chat.lines.isEmpty() && !now.isAfter(chat.lines.get(chat.lines.size() - 1).created())) {
            now = chat.lines.get(chat.lines.size() - 1).created().plusMillis(1);
        }
        ChatLine line = new ChatLine(nextMessage++, chat.id, body, now, sender, receiverId);
        chat.lines.add(line);
        chat.updated = now;
        return line;
    }

    private ChatView view(OrderChat chat) {
        return new ChatView(chat.id, chat.orderId, chat.userId, chat.userFio, chat.created, chat.updated,
                chat.readMarket, chat.unread(), List.copyOf(chat.lines));
    }
}
