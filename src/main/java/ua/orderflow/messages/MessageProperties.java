package ua.orderflow.messages;

import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code orderflow.messages.*}: what Order Flow writes to buyers through ROZETKA's order chats.
 * A template's text may name {@code {name}} (the buyer), {@code {number}} (the order), {@code {ttn}},
 * {@code {carrier}}, {@code {amount}} (as {@code 2 310,00 грн}) and {@code {reason}} (of a
 * cancellation).
 *
 * @param maxLength the longest message Order Flow sends, in characters; ROZETKA documents no limit
 *     (its body is Text), so this is ours, to keep a pasted document out of a buyer's mailbox
 * @param replyWithin how soon a manager should answer a buyer: the due date of «Відповісти покупцю»
 * @param syncInterval how often the sync asks ROZETKA's chat counters for unread buyer messages
 * @param templates the templates every shop uses unless it has its own (keys: not-reached-first,
 *     not-reached-second, shipped, payment-reminder, cancelled), each with enabled and text
 * @param shops a shop's own templates by shop id, each replacing the common one of the same key
 */
@ConfigurationProperties("orderflow.messages")
public record MessageProperties(Integer maxLength, Duration replyWithin, Duration syncInterval,
        Map<String, Template> templates, Map<String, Map<String, Template>> shops) {

    public MessageProperties {
        syncInterval = syncInterval == null ? Duration.ofSeconds(60) : syncInterval;
        maxLength = maxLength == null ? 4000 : maxLength;
        replyWithin = replyWithin == null ? Duration.ofHours(4) : replyWithin;
        templates = templates == null ? Map.of() : Map.copyOf(templates);
        shops = shops == null ? Map.of() : Map.copyOf(shops);
    }

    /**
     * One template: whether it is sent at all, and its Ukrainian text.
     *
     * @param enabled false switches the template off (the message is not sent)
     * @param text the message, with placeholders in braces
     */
    public record Template(Boolean enabled, String text) {

        public boolean on() {
            return !Boolean.FALSE.equals(enabled) && text != null && !text.isBlank();
        }
    }

    /** The shop's own template of this kind, else the common one, else none. */
    public Template template(String shopId, MessageKind kind) {
        Map<String, Template> own = shops.getOrDefault(shopId, Map.of());
        return own.containsKey(kind.key()) ? own.get(kind.key()) : templates.get(kind.key());
    }
}
