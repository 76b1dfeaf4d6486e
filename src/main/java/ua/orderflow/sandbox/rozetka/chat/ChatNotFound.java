package ua.orderflow.sandbox.rozetka.chat;

/** No chat with this id, or no order for an order chat. */
public class ChatNotFound extends RuntimeException {

    public ChatNotFound(String what) {
        super(what);
    }
}
