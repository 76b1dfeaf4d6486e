package ua.orderflow.sync;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import ua.orderflow.messages.BuyerConversations;
import ua.orderflow.messages.BuyerThreads;
import ua.orderflow.messages.MessageText;
import ua.orderflow.rozetka.RozetkaClients;
import ua.orderflow.rozetka.RozetkaMessages;
import ua.orderflow.rozetka.model.BuyerChat;
import ua.orderflow.rozetka.model.ChatMessage;
import ua.orderflow.sync.intake.MarketplaceOrders;
import ua.orderflow.sync.journal.EventKind;
import ua.orderflow.sync.journal.Severity;
import ua.orderflow.sync.journal.SyncJournal;

/**
 * Fetches the buyers' new messages of one shop, cheaply: ROZETKA's chat counters first, and only when
 * they show unread order chats, those chats with their messages. Each chat commits on its own; a
 * message already kept is not journalled again. A message on a known order is journalled on it and
 * opens (or refreshes) «Відповісти покупцю»; one on an order Order Flow does not know is journalled
 * for the desk's journal.
 */
@Service
public class BuyerMessageSync {

    private static final int QUOTE = 300;

    private final RozetkaClients clients;
    private final BuyerThreads threads;
    private final MarketplaceOrders orders;
    private final BuyerConversations conversations;
    private final SyncJournal journal;
    private final TransactionTemplate transaction;

    public BuyerMessageSync(RozetkaClients clients, BuyerThreads threads, MarketplaceOrders orders,
            BuyerConversations conversations, SyncJournal journal, TransactionTemplate transaction) {
        this.clients = clients;
        this.threads = threads;
        this.orders = orders;
        this.conversations = conversations;
        this.journal = journal;
        this.transaction = transaction;
    }

    /** How many buyer messages were new. */
    public int sync(String shopId) {
        RozetkaMessages chats = clients.messages(shopId);
        if (!chats.counts().anyUnread()) {
            return 0;
        }
        int fresh = 0;
        for (BuyerChat chat : chats.unreadOrderChats()) {
            if (chat.orderId() != null) {
                fresh += transaction.execute(tx -> take(shopId, chat));
            }
        }
        return fresh;
    }

    private int take(String shopId, BuyerChat chat) {
        long orderId = chat.orderId();
        List<ChatMessage> added = new ArrayList<>();
        for (ChatMessage message : chat.messages()) {
            // the seller's own messages (written in the cabinet, say) complete the thread, unjournalled
            if (threads.keep(shopId, orderId, chat.id(), message.key(), message.fromBuyer(), message.body(),
                    message.created()) && message.fromBuyer()) {
                added.add(message);
            }
        }
        if (added.isEmpty()) {
            return 0;
        }
        boolean known = orders.find(shopId, orderId).isPresent();
        for (ChatMessage message : added) {
            if (known) {
                journal.record(null, shopId, orderId, EventKind.BUYER_MESSAGE, Severity.INFO,
                        "Покупець написав у чаті замовлення: " + MessageText.quoted(message.body(), QUOTE), null);
            } else {
                journal.record(null, shopId, orderId, EventKind.BUYER_MESSAGE_NO_ORDER, Severity.WARN,
                        "Покупець написав у чаті замовлення " + orderId + ", якого Order Flow не знає: "
                                + MessageText.quoted(message.body(), QUOTE)
                                + ". Відповісти можна в кабінеті продавця ROZETKA", null);
            }
        }
        if (known) {
            conversations.buyerWrote(shopId, orderId);
        }
        return added.size();
    }
}
