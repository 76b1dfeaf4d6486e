package ua.orderflow.sandbox.status;

/** ROZETKA refuses a status change (error 1005); the reason is the Ukrainian text it shows the seller. */
public class StatusChangeRefused extends RuntimeException {

    private final String field;

    public StatusChangeRefused(String field, String reason) {
        super(reason);
        this.field = field;
    }

    /** The request field the reason is filed under in {@code errors.details}. */
    public String field() {
        return field;
    }

    public String reason() {
        return getMessage();
    }
}
