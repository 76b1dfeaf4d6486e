package ua.orderflow.sync;

import org.springframework.stereotype.Service;
import ua.orderflow.rozetka.StatusPush;

/**
 * Takes a new order into work: sets the "in processing" status at ROZETKA and builds the manager's
 * card from ROZETKA's answer to that PUT, so a new order costs one call and one engine step. When
 * the answer lacks what a card needs (no expands on a PUT, or nothing was pushed), the order is read.
 */
@Service
public class OrderAcknowledgement {

    private final StatusPush push;
    private final OrderCards cards;

    public OrderAcknowledgement(StatusPush push, OrderCards cards) {
        this.push = push;
        this.cards = cards;
    }

    /** {@code card} is null when ROZETKA refused the status. */
    public record Result(StatusPush.Outcome outcome, OrderCard card) {
    }

    public Result acknowledge(String shopId, long orderId, int status) {
        StatusPush.Outcome outcome = push.push(shopId, orderId, status, null, null, OrderCards.CARD_EXPAND);
        if (outcome.kind() == StatusPush.Outcome.Kind.REFUSED) {
            return new Result(outcome, null);
        }
        OrderCard card = OrderCards.enoughForCard(outcome.order()) ? cards.card(shopId, outcome.order())
                : cards.card(shopId, orderId);
        return new Result(outcome, card);
    }
}
