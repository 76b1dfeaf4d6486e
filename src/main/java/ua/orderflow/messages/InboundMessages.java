package ua.orderflow.messages;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import ua.orderflow.rozetka.model.BuyerChat;
import ua.orderflow.rozetka.model.ChatMessage;
import ua.orderflow.sync.intake.MarketplaceOrders;
import ua.orderflow.sync.journal.EventKind;
import ua.orderflow.sync.journal.Severity;
import ua.orderflow.sync.journal.SyncJournal;

/**
 * Takes in an order chat as ROZETKA shows it, in the caller's transaction: every message not kept yet
 * is kept; the buyer's new ones are journalled on the order and open (or refresh) «Відповісти
 * покупцю», or, on an order Order Flow does not know, are journalled for the desk's journal.
 */
@Component
public class InboundMessages {

    private static final int QUOTE = 300;

    private final BuyerThreads threads;
    private final MarketplaceOrders orders;
    private final BuyerConversations conversations;
    private final SyncJournal journal;

    public InboundMessages(BuyerThreads threads, MarketplaceOrders orders, BuyerConversations conversations,
            SyncJournal journal) {
        this.threads = threads;
        this.orders = orders;
        this.conversations = conversations;
        this.journal = journal;
    }

    /** How many of the buyer's messages were new. */
    public int take(String shopId, BuyerChat chat) {
        if (chat.orderId() == null) {
            return 0;
        }
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
