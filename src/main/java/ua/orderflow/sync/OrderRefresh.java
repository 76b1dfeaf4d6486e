package ua.orderflow.sync;

import org.springframework.stereotype.Service;
import ua.orderflow.rozetka.RozetkaClients;
import ua.orderflow.rozetka.model.RozetkaOrder;

/**
 * The re-read at confirmation (seed 000: re-sync at invoicing): one read of ROZETKA gives the
 * manager's card and the snapshot the invoice is then built from, so an edit made in the cabinet
 * since the last sync is in the invoice.
 */
@Service
public class OrderRefresh {

    private final RozetkaClients clients;
    private final OrderCards cards;
    private final OrderSyncer syncer;

    public OrderRefresh(RozetkaClients clients, OrderCards cards, OrderSyncer syncer) {
        this.clients = clients;
        this.cards = cards;
        this.syncer = syncer;
    }

    public OrderCard refresh(String shopId, long orderId) {
        RozetkaOrder order = clients.forShop(shopId).order(orderId, OrderCards.CARD_EXPAND);
        syncer.absorb(shopId, RozetkaOrderSource.OrderViews.of(order));
        return cards.card(shopId, order);
    }
}
