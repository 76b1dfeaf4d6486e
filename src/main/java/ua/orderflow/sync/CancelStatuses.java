package ua.orderflow.sync;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import ua.orderflow.order.OrderSettings;
import ua.orderflow.rozetka.RozetkaClients;
import ua.orderflow.rozetka.model.RozetkaOrder;

/**
 * Which cancel status to send for an order: the first of the preferred ones that ROZETKA allows for
 * it now (expand=status_available). Each status has its own set of cancellations (seed 000), so a
 * fixed id is refused as often as not; configured ids are preferences, ROZETKA's list decides.
 */
@Service
public class CancelStatuses {

    private final RozetkaClients clients;
    private final OrderCards cards;
    private final OrderSettings settings;

    public CancelStatuses(RozetkaClients clients, OrderCards cards, OrderSettings settings) {
        this.clients = clients;
        this.cards = cards;
        this.settings = settings;
    }

    /**
     * {@code chosen} is empty when ROZETKA allows none of the {@code preferred}; {@code options} are
     * the cancellations it does allow, for the manager to choose from.
     */
    public record Choice(Optional<Integer> chosen, List<Integer> preferred, int currentStatus, List<Integer> allowed,
            List<Map<String, Object>> options) {
    }

    /** For a cancellation for {@code reason} ({@link OrderSettings#cancelPreferences}), the manager's status if any. */
    public Choice choose(String shopId, long orderId, String reason, Object managersStatus) {
        List<Integer> preferred = settings.cancelPreferences(reason, managersStatus);
        RozetkaOrder order = clients.forShop(shopId).order(orderId, "status_available");
        List<Integer> allowed = order.allowedNextStatusesAsShipped();
        return new Choice(preferred.stream().filter(allowed::contains).findFirst(), preferred, order.status(), allowed,
                cards.cancelOptions(shopId, allowed));
    }
}
