package ua.orderflow.messages;

import java.util.Optional;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * What the order's lifecycle tells the buyer, called where the lifecycle already does these things
 * (the process hooks): each queues at most one message per (order, kind, attempt), in the caller's
 * transaction, and only when the shop has that template switched on.
 */
@Component
public class BuyerNotices {

    private static final Logger log = LoggerFactory.getLogger(BuyerNotices.class);

    private final MessageTemplates templates;
    private final OrderFactsReader facts;
    private final BuyerOutbox outbox;
    private final MessageProperties properties;

    public BuyerNotices(MessageTemplates templates, OrderFactsReader facts, BuyerOutbox outbox,
            MessageProperties properties) {
        this.templates = templates;
        this.facts = facts;
        this.outbox = outbox;
        this.properties = properties;
    }

    /** "Couldn't reach" the {@code attempt}-th time (1 or 2). */
    public Optional<Long> notReached(String shopId, long orderId, int attempt) {
        MessageKind kind = attempt >= 2 ? MessageKind.NOT_REACHED_SECOND : MessageKind.NOT_REACHED_FIRST;
        return template(shopId, orderId, kind, String.valueOf(attempt), UnaryOperator.identity());
    }

    /** Shipped with this TTN; a corrected TTN is a new attempt, so the buyer learns the right one. */
    public Optional<Long> shipped(String shopId, long orderId, String ttn) {
        return template(shopId, orderId, MessageKind.SHIPPED, ttn == null || ttn.isBlank() ? "no-ttn" : ttn.strip(),
                f -> ttn == null || ttn.isBlank() ? f : f.withTtn(ttn.strip()));
    }

    /** A card payment still awaited; {@code occurrence} tells one reminder from the next. */
    public Optional<Long> paymentReminder(String shopId, long orderId, String occurrence) {
        return template(shopId, orderId, MessageKind.PAYMENT_REMINDER, occurrence, UnaryOperator.identity());
    }

    public Optional<Long> cancelled(String shopId, long orderId, String reason) {
        return template(shopId, orderId, MessageKind.CANCELLED, "1", f -> f.withReason(reason));
    }

    /** A manager's own words from a form; nothing when left empty, refused when too long. */
    public Optional<Long> fromManager(String shopId, long orderId, String taskId, String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        return outbox.enqueue(shopId, orderId, MessageKind.MANAGER, taskId,
                MessageText.checked(text, properties.maxLength()), false);
    }

    /** The answer to the buyer's chat; the chat counts as read once it went out. Empty is refused. */
    public Optional<Long> reply(String shopId, long orderId, String taskId, String text) {
        return outbox.enqueue(shopId, orderId, MessageKind.REPLY, taskId,
                MessageText.checked(text, properties.maxLength()), true);
    }

    private Optional<Long> template(String shopId, long orderId, MessageKind kind, String attempt,
            UnaryOperator<OrderFacts> adjust) {
        Optional<String> text = facts.of(shopId, orderId).map(adjust)
                .flatMap(filled -> templates.fill(shopId, kind, filled));
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return outbox.enqueue(shopId, orderId, kind, attempt, MessageText.checked(text.get(),
                    properties.maxLength()), false);
        } catch (MessageText.Refused e) {
            // a template configured too long must not stop the order's step: the buyer just gets no message
            log.warn("Shop {}: template {} not sent for order {}: {}", shopId, kind.key(), orderId, e.getMessage());
            return Optional.empty();
        }
    }
}
