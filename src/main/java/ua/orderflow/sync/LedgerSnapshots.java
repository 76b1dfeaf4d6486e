package ua.orderflow.sync;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.NoSuchElementException;
import org.springframework.stereotype.Service;
import ua.orderflow.accounting.OrderSnapshot;
import ua.orderflow.sync.change.OrderView;
import ua.orderflow.sync.intake.MarketplaceOrders;

/** The books' view of an order, from the snapshot the sync keeps in marketplace_order. */
@Service
public class LedgerSnapshots {

    private final MarketplaceOrders orders;
    private final ObjectMapper json;

    public LedgerSnapshots(MarketplaceOrders orders, ObjectMapper json) {
        this.orders = orders;
        this.json = json;
    }

    public OrderView view(String shopId, long orderId) {
        String snapshot = orders.find(shopId, orderId)
                .orElseThrow(() -> new NoSuchElementException("Замовлення " + orderId + " магазину " + shopId
                        + " немає серед імпортованих"))
                .snapshot();
        try {
            return json.readValue(snapshot, OrderView.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Знімок замовлення " + orderId + " пошкоджено", e);
        }
    }

    public OrderSnapshot forLedger(String shopId, long orderId) {
        return of(shopId, view(shopId, orderId));
    }

    /** The revision is ROZETKA's change time: a newer revision of the same order has a later one. */
    public static OrderSnapshot of(String shopId, OrderView view) {
        return new OrderSnapshot(shopId, view.id(),
                view.changed() == null ? "0" : view.changed().toString(),
                view.created().toLocalDate(),
                view.customerName(), view.customerPhone(), view.customerEmail(),
                view.paymentType(), view.paymentMethod(), view.deliveryCost(), view.costWithDiscount(),
                view.lines().stream().map(l -> new OrderSnapshot.Line(l.offerId(), l.name(), l.quantity(), l.price(),
                        l.costWithDiscount(), l.additional())).toList());
    }
}
