package ua.orderflow.process.delegate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import ua.orderflow.rozetka.RozetkaException;
import ua.orderflow.sync.OrderCard;
import ua.orderflow.sync.OrderCards;

/**
 * Puts the order's card on the instance for the manager's form (bean {@code loadOrderSummary}) and,
 * as {@code refreshRozetkaOrder}, re-reads ROZETKA before the invoice: cancelled meanwhile? paid?
 */
@Configuration
public class LoadOrderCard {

    private final OrderCards cards;

    public LoadOrderCard(OrderCards cards) {
        this.cards = cards;
    }

    @Bean
    JavaDelegate loadOrderSummary() {
        return this::apply;
    }

    @Bean
    JavaDelegate refreshRozetkaOrder() {
        return this::apply;
    }

    void apply(DelegateExecution execution) {
        long order = Ids.order(execution);
        OrderCard card;
        try {
            card = cards.card(Ids.shop(execution), order);
        } catch (RozetkaException e) {
            throw new IllegalStateException("Не вдалося прочитати замовлення " + order + " з ROZETKA: "
                    + e.getMessage(), e);
        }
        execution.setVariable("orderedAt", card.orderedAt());
        execution.setVariable("rozetkaStatus", card.rozetkaStatus());
        execution.setVariable("customerName", card.customerName());
        execution.setVariable("customerPhone", card.customerPhone());
        execution.setVariable("itemsText", card.itemsText());
        execution.setVariable("deliveryText", card.deliveryText());
        execution.setVariable("paymentText", card.paymentText());
        execution.setVariable("buyerComment", card.buyerComment());
        execution.setVariable("callbackOff", card.callbackOff());
        execution.setVariable("cancelledUpstream", card.cancelledUpstream());
        execution.setVariable("paymentPending", card.paymentPending());
        // JSON, so that the form's dropdown (valuesKey) can read it
        execution.setVariable("allowedCancelStatuses", Variables.objectValue(card.cancelOptions())
                .serializationDataFormat(Variables.SerializationDataFormats.JSON).create());
    }
}
