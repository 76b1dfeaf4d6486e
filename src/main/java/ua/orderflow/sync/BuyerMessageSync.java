package ua.orderflow.sync;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import ua.orderflow.messages.InboundMessages;
import ua.orderflow.rozetka.RozetkaClients;
import ua.orderflow.rozetka.RozetkaMessages;
import ua.orderflow.rozetka.model.BuyerChat;

/**
 * Fetches the buyers' new messages of one shop, cheaply: ROZETKA's chat counters first, and only when
 * they show unread order chats, those chats with their messages. Each chat commits on its own; a
 * message already kept is not taken in again.
 */
@Service
public class BuyerMessageSync {

    private final RozetkaClients clients;
    private final InboundMessages inbound;
    private final TransactionTemplate transaction;

    public BuyerMessageSync(RozetkaClients clients, InboundMessages inbound, TransactionTemplate transaction) {
        this.clients = clients;
        this.inbound = inbound;
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
            fresh += transaction.execute(tx -> inbound.take(shopId, chat));
        }
        return fresh;
    }
}
