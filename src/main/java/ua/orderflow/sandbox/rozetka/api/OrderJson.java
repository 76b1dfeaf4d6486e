package ua.orderflow.sandbox.rozetka.api;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import ua.orderflow.sandbox.clock.KyivTime;
import ua.orderflow.sandbox.rozetka.order.Payment;
import ua.orderflow.sandbox.rozetka.order.Person;
import ua.orderflow.sandbox.rozetka.order.SandboxOrder;
import ua.orderflow.sandbox.rozetka.order.SellerComment;
import ua.orderflow.sandbox.rozetka.status.OrderStatus;
import ua.orderflow.sandbox.rozetka.status.StatusCatalogue;
import ua.orderflow.sandbox.rozetka.status.StatusRules;
import ua.orderflow.sandbox.rozetka.status.StatusTransition;

/**
 * An order in ROZETKA's JSON (rozetka-seller-api.md §4): the base fields always, the expanded
 * objects on request; unknown expand names are ignored as Yii2 does. Money as strings, dates in
 * Kyiv time, flags as ROZETKA mixes them (callback_off 0/1, mk_created boolean).
 */
public final class OrderJson {

    private final StatusCatalogue statuses;
    private final StatusRules rules;

    public OrderJson(StatusCatalogue statuses, StatusRules rules) {
        this.statuses = statuses;
        this.rules = rules;
    }

    public static Set<String> expand(String param) {
        return param == null ? Set.of()
                : Arrays.stream(param.split(",")).map(String::trim).filter(s -> !s.isEmpty()).collect(Collectors.toSet());
    }

    public Map<String, Object> render(SandboxOrder o, Set<String> expand) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", o.id());
        json.put("market_id", 27_001);
        json.put("created", KyivTime.format(o.created()));
        json.put("changed", KyivTime.format(o.changed()));
        json.put("amount", Money.of(o.amount()));
        json.put("amount_with_discount", Money.of(o.amountWithDiscount()));
        json.put("cost", Money.of(o.cost()));
        json.put("cost_with_discount", Money.of(o.costWithDiscount()));
        json.put("status", o.status());
        json.put("status_group", o.statusGroup());
        json.put("items_photos", o.activePurchases().stream().map(PurchaseJson::photo).toList());
        List<SellerComment> comments = o.sellerComments();
        SellerComment last = comments.isEmpty() ? null : comments.get(comments.size() - 1);
        json.put("seller_comment", comments.stream().map(OrderJson::sellerComment).toList());
        json.put("seller_comment_created", last == null ? "" : KyivTime.format(last.created()));
        json.put("current_seller_comment", last == null ? "" : last.comment());
        json.put("comment", o.comment());
        Person buyer = o.buyer().person();
        json.put("user_phone", buyer.phone());
        json.put("user_title", BuyerJson.title(buyer));
        json.put("from_warehouse", 0);
        json.put("ttn", o.ttn());
        json.put("total_quantity", o.totalQuantity());
        json.put("mk_created", false);
        json.put("can_copy", o.isFinal());
        json.put("created_type", 4);
        json.put("is_viewed", o.viewed());
        json.put("callback_off", o.callbackOff() ? 1 : 0);
        json.put("is_fulfillment", false);
        json.put("duplicate_order_id", null);
        json.put("refund_status", null);
        json.put("group_id", null);
        json.put("can_prolong", 0);
        json.put("is_review_request_send", 0);
        json.put("review_request_status", "");
        json.put("is_delivery_edit_available", Set.of(26, 47, 48).contains(o.status()));
        json.put("ff_can_approve", false);
        if (expand.contains("user")) {
            json.put("user", BuyerJson.user(o.buyer()));
        }
        if (expand.contains("delivery")) {
            json.put("delivery", BuyerJson.delivery(o.delivery(), o.buyer()));
        }
        if (expand.contains("purchases")) {
            json.put("purchases", o.purchases().stream().map(p -> PurchaseJson.purchase(p, o.status())).toList());
        }
        if (expand.contains("status_data")) {
            json.put("status_data", statusData(statuses.get(o.status())));
        }
        if (expand.contains("payment")) {
            json.put("payment", PaymentJson.payment(o));
        }
        if (expand.contains("payment_type")) {
            json.put("payment_type", o.payment().isCard() ? "card" : "cash");
        }
        if (expand.contains("status_payment")) {
            json.put("status_payment", PaymentJson.statusPayment(o));
        }
        if (expand.contains("status_available")) {
            json.put("status_available", statusAvailable(o.status(), false));
        }
        if (expand.contains("status_available_detailed")) {
            json.put("status_available_detailed", statusAvailable(o.status(), true));
        }
        if (expand.contains("order_status_history")) {
            json.put("order_status_history", o.history().stream().map(h -> {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("status_id", h.statusId());
                row.put("created", KyivTime.format(h.created()));
                row.put("status", statusData(statuses.get(h.statusId())));
                return row;
            }).toList());
        }
        if (expand.contains("is_payed")) {
            json.put("is_payed", o.payment().statusId() != null && o.payment().statusId() == Payment.PAID);
        }
        return json;
    }

    public Map<String, Object> statusData(OrderStatus s) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", s.id());
        json.put("name", s.nameRu());
        json.put("name_uk", s.nameUk());
        json.put("name_en", s.nameEn());
        json.put("status_group", s.group());
        json.put("status", 1);
        json.put("color", s.color());
        return json;
    }

    /**
     * ROZETKA's statusAvailable rows for an order in {@code parent}: {id, parent_id, child_id,
     * delivery_type, market_group}, both delivery types, as the reference cannot say whether ROZETKA
     * narrows the list to the order's (§3): a client keeps the rows of the way the order ships.
     */
    public List<Map<String, Object>> statusAvailable(int parent, boolean detailed) {
        return rules.available(parent).stream().map(row -> statusAvailable(row, detailed)).toList();
    }

    public Map<String, Object> statusAvailable(StatusTransition transition, boolean detailed) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", transition.id());
        row.put("parent_id", transition.from());
        row.put("child_id", transition.to());
        row.put("delivery_type", transition.deliveryType());
        row.put("market_group", 0);
        if (detailed) {
            OrderStatus status = statuses.get(transition.to());
            row.put("name", status.nameUk());
            row.put("front_group", status.group());
        }
        return row;
    }

    private static Map<String, Object> sellerComment(SellerComment c) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("comment", c.comment());
        json.put("created", KyivTime.format(c.created()));
        json.put("seller_id", c.sellerId());
        json.put("seller_fio", c.sellerFio());
        return json;
    }
}
