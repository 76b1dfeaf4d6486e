package ua.orderflow.sync;

import org.springframework.stereotype.Service;
import ua.orderflow.rozetka.StatusPush;
import ua.orderflow.rozetka.model.RozetkaOrder;

/**
 * The two pushes that also read the order: each asks ROZETKA to answer its PUT with the expanded
 * order (ROZETKA's PUT returns the updated order) and builds the manager's card from that answer, so
 * each costs one call and one engine step. When the answer lacks what a card needs (no expands on a
 * PUT, or nothing was pushed), the order is read.
 */
@Service
public class OrderAcknowledgement {

    private final StatusPush push;
    private final OrderCards cards;
    private final OrderSyncer syncer;

    public OrderAcknowledgement(StatusPush push, OrderCards cards, OrderSyncer syncer) {
        this.push = push;
        this.cards = cards;
        this.syncer = syncer;
    }

    /** {@code card} is null when ROZETKA refused the status. */
    public record Result(StatusPush.Outcome outcome, OrderCard card) {
    }

    /** A new order taken into work ("in processing"). */
    public Result acknowledge(String shopId, long orderId, int status) {
        StatusPush.Outcome outcome = push.push(shopId, orderId, status, null, null, OrderCards.CARD_EXPAND);
        if (outcome.kind() == StatusPush.Outcome.Kind.REFUSED) {
            return new Result(outcome, null);
        }
        return new Result(outcome, cards.card(shopId, answerOrRead(shopId, orderId, outcome)));
    }

    /**
     * The order confirmed with the buyer, and the re-read at confirmation (seed 000: re-sync at
     * invoicing) from the same answer: it brings the snapshot up to date, which the invoice is then
     * built from, so an edit made in the cabinet since the last sync is in the invoice. An order
     * ROZETKA has cancelled meanwhile takes no status (StatusPush: final upstream) and its card says so.
     */
    public Result confirm(String shopId, long orderId, int status, String ttn, String sellerComment) {
        StatusPush.Outcome outcome = push.push(shopId, orderId, status, ttn, sellerComment, OrderCards.CARD_EXPAND);
        if (outcome.kind() == StatusPush.Outcome.Kind.REFUSED) {
            return new Result(outcome, null);
        }
        RozetkaOrder order = answerOrRead(shopId, orderId, outcome);
        syncer.absorb(shopId, RozetkaOrderSource.OrderViews.of(order));
        return new Result(outcome, cards.card(shopId, order));
    }

    private RozetkaOrder answerOrRead(String shopId, long orderId, StatusPush.Outcome outcome) {
        return OrderCards.enoughForCard(outcome.order()) ? outcome.order() : cards.read(shopId, orderId);
    }
}
