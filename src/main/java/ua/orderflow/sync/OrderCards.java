package ua.orderflow.sync;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import ua.orderflow.Words;
import ua.orderflow.rozetka.json.KyivDateTime;
import ua.orderflow.rozetka.RozetkaClients;
import ua.orderflow.rozetka.StatusNames;
import ua.orderflow.rozetka.model.OrderSearch;
import ua.orderflow.rozetka.model.RozetkaOrder;
import ua.orderflow.sync.change.OrderView;

/** Reads an order from ROZETKA as it is now and writes its card for the manager, in Ukrainian. */
@Service
public class OrderCards {

    /** How the manager reads a card payment's status_payment_id while it is not yet credited. */
    private static final Map<Integer, String> NOT_YET_PAID = Map.of(
            6, "термін оплати минув",
            7, "сума заблокована, очікує зарахування");

    private final RozetkaClients clients;
    private final StatusNames names;

    public OrderCards(RozetkaClients clients, StatusNames names) {
        this.clients = clients;
        this.names = names;
    }

    /** What ROZETKA is asked to expand for a card. */
    public static final String CARD_EXPAND = OrderSearch.FULL_EXPAND + ",status_available";

    public OrderCard card(String shopId, long orderId) {
        return card(shopId, read(shopId, orderId));
    }

    /** The order as ROZETKA has it now, with everything a card needs. */
    public RozetkaOrder read(String shopId, long orderId) {
        return clients.forShop(shopId).order(orderId, CARD_EXPAND);
    }

    /** Whether ROZETKA's answer carries all a card needs: it may ignore expands on some endpoints. */
    public static boolean enoughForCard(RozetkaOrder order) {
        return order != null && !order.purchases().isEmpty() && !order.statusAvailable().isEmpty()
                && order.created() != null;
    }

    public OrderCard card(String shopId, RozetkaOrder order) {
        return card(RozetkaOrderSource.OrderViews.of(order), cancelOptions(shopId, order.allowedNextStatusesAsShipped()));
    }

    /**
     * The card of an order imported at a later stage, from the snapshot its import stored: no second
     * read of ROZETKA. No cancellation choices: the ship form's list stays empty, as it was before such
     * an order had a card, and a cancellation reads what ROZETKA allows then (chooseCancelStatus).
     */
    public OrderCard card(OrderView view) {
        return card(view, List.of());
    }

    private static OrderCard card(OrderView view, List<Map<String, Object>> cancelOptions) {
        return new OrderCard(
                view.created() == null ? null : Date.from(view.created().atZone(KyivDateTime.KYIV).toInstant()),
                view.status(),
                view.customerName(),
                Words.phone(view.customerPhone()),
                items(view),
                delivery(view),
                payment(view),
                money(view.costWithDiscount()),
                view.deliveryCity() == null || view.deliveryCity().isBlank() ? "—" : view.deliveryCity(),
                view.comment() == null || view.comment().isBlank() ? "—" : view.comment(),
                view.callbackOff(),
                view.statusGroup() == 3,
                view.awaitsCardPayment(),
                cancelOptions);
    }

    /** The cancellations among {@code allowed}, as the form's dropdown lists them: name (id). */
    public List<Map<String, Object>> cancelOptions(String shopId, List<Integer> allowed) {
        List<Map<String, Object>> options = new ArrayList<>();
        for (int status : allowed) {
            if (names.groupOf(shopId, status) == 3) {
                Map<String, Object> option = new LinkedHashMap<>();
                option.put("label", names.nameOf(shopId, status) + " (" + status + ")");
                option.put("value", status);
                options.add(option);
            }
        }
        return options;
    }

    private static String items(OrderView view) {
        String lines = view.lines().stream()
                .map(l -> "• " + l.name() + " × " + l.quantity() + " — " + money(l.costWithDiscount())
                        + (l.additional() ? " (додатковий товар)" : ""))
                .collect(Collectors.joining("\n"));
        return lines + "\nРазом до сплати: " + money(view.costWithDiscount());
    }

    private static String delivery(OrderView view) {
        List<String> parts = new ArrayList<>();
        add(parts, view.deliveryService());
        add(parts, view.deliveryMethodId() == null ? null : view.deliveryMethodId() == 2 ? "кур'єр" : "у відділення");
        add(parts, view.deliveryCity());
        add(parts, view.deliveryPlace());
        if (view.deliveryCost() != null) {
            parts.add("доставка " + money(view.deliveryCost()));
        }
        return parts.isEmpty() ? "—" : String.join(", ", parts);
    }

    static String payment(OrderView view) {
        String method = view.paymentMethod() == null ? "—" : view.paymentMethod();
        if ("card".equalsIgnoreCase(view.paymentType())) {
            return method + " — " + (view.awaitsCardPayment()
                    ? NOT_YET_PAID.getOrDefault(view.paymentStatusId(), "очікує оплати") : "оплачено");
        }
        return method;
    }

    private static void add(List<String> parts, String part) {
        if (part != null && !part.isBlank()) {
            parts.add(part);
        }
    }

    private static String money(BigDecimal amount) {
        return Words.money(amount);
    }
}
