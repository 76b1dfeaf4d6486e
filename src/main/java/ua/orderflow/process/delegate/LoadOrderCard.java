package ua.orderflow.process.delegate;

import java.util.function.BiFunction;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import ua.orderflow.rozetka.RozetkaException;
import ua.orderflow.sync.OrderCard;
import ua.orderflow.sync.OrderCards;

/**
 * Puts the order's card on the instance for the manager's form (bean {@code loadOrderSummary}); the
 * steps that push a status and read the order in one call ({@link PushesWithCard}) write theirs
 * through {@link #write}.
 */
@Configuration
public class LoadOrderCard {

    private final OrderCards cards;

    public LoadOrderCard(OrderCards cards) {
        this.cards = cards;
    }

    @Bean
    JavaDelegate loadOrderSummary() {
        return execution -> apply(execution, cards::card);
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
     * level full, a history row, and the re-read at confirmation mostly finds the card unchanged.
     */
    static void write(DelegateExecution execution, OrderCard card) {
        ChangedVariables.set(execution, "rozetkaStatus", card.rozetkaStatus());
        CardVariable.write(execution, card);
        // decisions after the re-read; a new order's card has neither set, and writes none
        flag(execution, "cancelledUpstream", card.cancelledUpstream());
        flag(execution, "paymentPending", card.paymentPending());
    }

    /** A flag the gateways read as "true or else": written once it is true, or changed back once it was. */
    private static void flag(DelegateExecution execution, String name, boolean value) {
        if (value || execution.hasVariable(name)) {
            ChangedVariables.set(execution, name, value);
        }
    }
}
