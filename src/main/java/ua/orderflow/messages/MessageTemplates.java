package ua.orderflow.messages;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The configured templates of a shop, filled from an order; previews show each as the buyer would read it. */
@Component
public class MessageTemplates {

    private final MessageProperties properties;

    public MessageTemplates(MessageProperties properties) {
        this.properties = properties;
    }

    /** One template as it would go to this buyer; {@code enabled} false: it is switched off. */
    public record Preview(MessageKind kind, boolean enabled, String text) {
    }

    /** The filled text, or empty when the shop has this template switched off. */
    public Optional<String> fill(String shopId, MessageKind kind, OrderFacts facts) {
        MessageProperties.Template template = properties.template(shopId, kind);
        if (template == null || !template.on()) {
            return Optional.empty();
        }
        return Optional.of(filled(template.text(), facts));
    }

    public List<Preview> previews(String shopId, OrderFacts facts) {
        List<Preview> previews = new ArrayList<>();
        for (MessageKind kind : MessageKind.values()) {
            if (!kind.templated()) {
                continue;
            }
            MessageProperties.Template template = properties.template(shopId, kind);
            if (template != null && template.text() != null) {
                previews.add(new Preview(kind, template.on(), filled(template.text(), facts)));
            }
        }
        return previews;
    }

    static String filled(String text, OrderFacts facts) {
        return text.replace("{name}", facts.name())
                .replace("{number}", String.valueOf(facts.number()))
                .replace("{ttn}", facts.ttn() == null || facts.ttn().isBlank() ? "—" : facts.ttn())
                .replace("{carrier}", facts.carrier())
                .replace("{amount}", facts.amount())
                .replace("{reason}", facts.reason() == null ? "" : facts.reason())
                .strip();
    }
}
