package ua.orderflow.messages;

import java.util.Arrays;
import java.util.Optional;

/**
 * Why a message goes to the buyer: one of the configured templates (issue 17), a manager's own words
 * from a form, or a reply to the buyer's chat. {@code key} names it in configuration and in the
 * outbox's idempotency key.
 */
public enum MessageKind {
    NOT_REACHED_FIRST("not-reached-first", "не вдалося зв'язатися, 1-й раз"),
    NOT_REACHED_SECOND("not-reached-second", "не вдалося зв'язатися, 2-й раз"),
    SHIPPED("shipped", "замовлення відправлено"),
    PAYMENT_REMINDER("payment-reminder", "нагадування про оплату карткою"),
    CANCELLED("cancelled", "замовлення скасовано"),
    MANAGER("manager", "повідомлення менеджера"),
    REPLY("reply", "відповідь покупцю");

    private final String key;
    private final String title;

    MessageKind(String key, String title) {
        this.key = key;
        this.title = title;
    }

    public String key() {
        return key;
    }

    /** How a person reads it in the journal and on the desk. */
    public String title() {
        return title;
    }

    /** Whether the text comes from a configured template (the other kinds are a person's own words). */
    public boolean templated() {
        return this != MANAGER && this != REPLY;
    }

    public static Optional<MessageKind> byKey(String key) {
        return Arrays.stream(values()).filter(k -> k.key.equals(key)).findFirst();
    }
}
