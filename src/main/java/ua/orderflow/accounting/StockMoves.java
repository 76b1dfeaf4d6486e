package ua.orderflow.accounting;

import java.util.Collection;

/**
 * Told of every move of stock or price, inside the move's own transaction, so that whatever must
 * follow the move (ROZETKA's stock, the outbox in {@code offers}) commits or rolls back with it.
 */
public interface StockMoves {

    StockMoves NONE = offerIds -> {
    };

    void moved(Collection<String> offerIds);
}
