package ua.orderflow.process.delegate;

import java.util.Set;
import java.util.function.BiFunction;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import ua.orderflow.rozetka.RozetkaException;
import ua.orderflow.sync.OrderCard;
import ua.orderflow.sync.OrderCards;
import ua.orderflow.sync.OrderRefresh;

/**
 * Puts the order's card on the instance for the manager's form (bean {@code loadOrderSummary}) and,
 * as {@code refreshRozetkaOrder}, re-reads ROZETKA before the invoice: cancelled meanwhile? paid?
 * That read also brings the snapshot up to date, which the invoice of the same step is built from.
 */
@Configuration
public class LoadOrderCard {

    /**
     * The card's display fields: copies of ROZETKA's data for the form, kept in history at their last
     * value only (no detail row per write, see CardDetailsFilter). Status and outcomes are not here.
     */
    public static final Set<String> DISPLAY_FIELDS = Set.of("orderedAt", "customerName", "customerPhone", "itemsText",
            "deliveryText", "paymentText", "amountText", "deliveryCity", "buyerComment", "callbackOff",
            "allowedCancelStatuses", "rozetkaStatusName");

    private final OrderCards cards;
    private final OrderRefresh refresh;

    public LoadOrderCard(OrderCards cards, OrderRefresh refresh) {
        this.cards = cards;
        this.refresh = refresh;
    }

    @Bean
    JavaDelegate loadOrderSummary() {
        return execution -> apply(execution, cards::card);
    }

    @Bean
    JavaDelegate refreshRozetkaOrder() {
        return execution -> apply(execution, refresh::refresh);
    }

    private static void apply(DelegateExecution execution, BiFunction<String, Long, OrderCard> read) {
        long order = Ids.order(execution);
        OrderCard card;
        try {
            card = read.apply(Ids.shop(execution), order);
        } catch (RozetkaException e) {
            throw new IllegalStateException("Не вдалося прочитати замовлення " + order + " з ROZETKA: "
                    + e.getMessage(), e);
        }
        write(execution, card);
    }

    /**
     * Writes only what differs from the instance's variables: every write costs a row and, at history
     * level full, a history row, and a re-read before the invoice mostly finds the card unchanged.
     */
    static void write(DelegateExecution execution, OrderCard card) {
        ChangedVariables.set(execution, "orderedAt", card.orderedAt());
        ChangedVariables.set(execution, "rozetkaStatus", card.rozetkaStatus());
        ChangedVariables.set(execution, "customerName", card.customerName());
        ChangedVariables.set(execution, "customerPhone", card.customerPhone());
        ChangedVariables.set(execution, "itemsText", card.itemsText());
        ChangedVariables.set(execution, "deliveryText", card.deliveryText());
        ChangedVariables.set(execution, "paymentText", card.paymentText());
        ChangedVariables.set(execution, "amountText", card.amountText());
        ChangedVariables.set(execution, "deliveryCity", card.deliveryCity());
        ChangedVariables.set(execution, "buyerComment", card.buyerComment());
        ChangedVariables.set(execution, "callbackOff", card.callbackOff());
        ChangedVariables.set(execution, "cancelledUpstream", card.cancelledUpstream());
        ChangedVariables.set(execution, "paymentPending", card.paymentPending());
        // JSON, so that the form's dropdown (valuesKey) can read it
        ChangedVariables.setJson(execution, "allowedCancelStatuses", card.cancelOptions());
    }
}
