package ua.orderflow.messages;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Optional;
import org.springframework.stereotype.Component;
import ua.orderflow.Words;
import ua.orderflow.sync.change.OrderView;
import ua.orderflow.sync.intake.MarketplaceOrders;
import ua.orderflow.sync.intake.StoredOrder;

/** The facts a template fills in, from our snapshot of the order (the process holds only ids). */
@Component
public class OrderFactsReader {

    private final MarketplaceOrders orders;
    private final ObjectMapper json;

    public OrderFactsReader(MarketplaceOrders orders, ObjectMapper json) {
        this.orders = orders;
        this.json = json.copy().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    }

    /** Empty for an order we do not know. */
    public Optional<OrderFacts> of(String shopId, long orderId) {
        return orders.find(shopId, orderId).map(stored -> facts(orderId, view(stored)));
    }

    private OrderFacts facts(long orderId, OrderView view) {
        if (view == null) {
            return new OrderFacts("покупцю", orderId, "", "служба доставки", "—", "");
        }
        String name = view.customerName() == null || view.customerName().isBlank() ? "покупцю" : view.customerName();
        String carrier = view.deliveryService() == null || view.deliveryService().isBlank() ? "служба доставки"
                : view.deliveryService();
        return new OrderFacts(name.strip(), orderId, view.ttn(), carrier, Words.money(view.costWithDiscount()), "");
    }

    private OrderView view(StoredOrder stored) {
        if (stored.snapshot() == null) {
            return null;
        }
        try {
            return json.readValue(stored.snapshot(), OrderView.class);
        } catch (JsonProcessingException e) {
            return null;
        }
    }
}
