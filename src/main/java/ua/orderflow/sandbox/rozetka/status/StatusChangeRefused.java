package ua.orderflow.sandbox.rozetka.status;

/**
 * ROZETKA refuses a status change (error 1005); the reason is the Ukrainian text it shows the seller.
 * A refusal because the status may not follow is marked so, since ROZETKA words that one two ways.
 */
public class StatusChangeRefused extends RuntimeException {

    private final String field;
    private final boolean nextUnavailable;

    public StatusChangeRefused(String field, String reason) {
        this(field, reason, false);
    }

    private StatusChangeRefused(String field, String reason, boolean nextUnavailable) {
        super(reason);
        this.field = field;
        this.nextUnavailable = nextUnavailable;
    }

    /** The live wording of [BM] (rozetka-seller-api.md §2), word for word. */
    public static StatusChangeRefused nextUnavailable(int from, int to) {
        return new StatusChangeRefused("status",
                "Неможливо змінити статус. З " + from + " на " + to + ". Наступний статус недоступний.", true);
    }

    /** The request field the reason is filed under in {@code errors.details}. */
    public String field() {
        return field;
    }

    public String reason() {
        return getMessage();
    }

    /** Whether the status may not follow the current one (not a missing TTN or another problem). */
    public boolean isNextUnavailable() {
        return nextUnavailable;
    }
}
