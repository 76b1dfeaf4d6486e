package ua.orderflow.sandbox.rozetka.chat;

/** ROZETKA would not take a message: {@code field} and the reason, as Yii2's validation gives them. */
public class MessageRefused extends RuntimeException {

    private final String field;

    public MessageRefused(String field, String reason) {
        super(reason);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
