package ua.orderflow.process.delegate;

import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * {@code ${orderCard.orderedAt(execution)}}: the order's time, which the contact deadline and the
 * payment term are reckoned from, read from the card (CardVariable) rather than a variable of its own.
 */
@Component("orderCard")
public class OrderCardReader {

    /** The card's time; an instance started before the card held it still has its own variable. */
    public Date orderedAt(VariableScope execution) {
        Object card = execution.getVariable(CardVariable.CARD);
        if (card instanceof Map<?, ?> fields && fields.get(CardVariable.ORDERED_AT) instanceof String text) {
            return Date.from(Instant.parse(text));
        }
        return (Date) execution.getVariable(CardVariable.ORDERED_AT);
    }
}
