package ua.orderflow.messages;

/**
 * What the buyer chats need from the process engine, without engine types (design rule 7); each
 * call joins the caller's transaction.
 */
public interface BuyerConversations {

    /** Starts the instance that sends one outbox message (send-buyer-message). */
    void send(long outboxId, String shopId, long orderId);

    /**
     * Opens «Відповісти покупцю» for the order's chat (buyer-message), or, while one is open, shows
     * it the buyer's newest messages.
     */
    void buyerWrote(String shopId, long orderId);
}
