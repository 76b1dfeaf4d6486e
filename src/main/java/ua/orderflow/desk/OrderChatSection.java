package ua.orderflow.desk;

import java.util.List;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import ua.orderflow.messages.BuyerThreads;
import ua.orderflow.messages.MessageTemplates;
import ua.orderflow.messages.OrderFactsReader;

/**
 * The order page's chat with the buyer, beside what {@link OrderPage} shows: the thread as Order Flow
 * keeps it, and each template as this buyer would read it. Its own advice, so the page's controller
 * stays as others extend it.
 */
@ControllerAdvice(assignableTypes = OrderPage.class)
public class OrderChatSection {

    private final BuyerThreads threads;
    private final MessageTemplates templates;
    private final OrderFactsReader facts;

    public OrderChatSection(BuyerThreads threads, MessageTemplates templates, OrderFactsReader facts) {
        this.threads = threads;
        this.templates = templates;
        this.facts = facts;
    }

    @ModelAttribute
    public void chat(@PathVariable(required = false) String shop, @PathVariable(required = false) Long orderId,
            Model model) {
        if (shop == null || orderId == null) {
            return;
        }
        model.addAttribute("chat", threads.thread(shop, orderId));
        model.addAttribute("chatPreviews",
                facts.of(shop, orderId).map(f -> templates.previews(shop, f)).orElse(List.of()));
    }
}
