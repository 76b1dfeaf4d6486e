package ua.orderflow.sandbox.rozetka.api;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import ua.orderflow.sandbox.clock.KyivTime;
import ua.orderflow.sandbox.rozetka.order.Buyer;
import ua.orderflow.sandbox.rozetka.order.CatalogueItem;
import ua.orderflow.sandbox.rozetka.order.Delivery;
import ua.orderflow.sandbox.rozetka.order.Payment;
import ua.orderflow.sandbox.rozetka.order.Person;
import ua.orderflow.sandbox.rozetka.order.Purchase;
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

    private static final Map<Integer, String[]> PAYMENT_STATUS_NAMES = Map.of(
            1, new String[] {"cancelled", "Скасовано"}, 2, new String[] {"paid", "Оплачено"},
            3, new String[] {"unpaid", "Не оплачено"}, 4, new String[] {"unapproved", "Не підтверджено"},
            5, new String[] {"part-paid", "Частково оплачено"}, 6, new String[] {"expired", "Термін оплати минув"},
            7, new String[] {"hold", "Кошти заблоковано"}, 8, new String[] {"returned", "Кошти повернено"},
            9, new String[] {"part-returned", "Кошти повернено частково"},
            10, new String[] {"ready_for_return", "Готово до повернення"});

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
        json.put("items_photos", o.activePurchases().stream().map(OrderJson::photo).toList());
        List<SellerComment> comments = o.sellerComments();
        SellerComment last = comments.isEmpty() ? null : comments.get(comments.size() - 1);
        json.put("seller_comment", comments.stream().map(OrderJson::sellerComment).toList());
        json.put("seller_comment_created", last == null ? "" : KyivTime.format(last.created()));
        json.put("current_seller_comment", last == null ? "" : last.comment());
        json.put("comment", o.comment());
        Person buyer = o.buyer().person();
        json.put("user_phone", buyer.phone());
        json.put("user_title", title(buyer));
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
            json.put("user", user(o.buyer()));
        }
        if (expand.contains("delivery")) {
            json.put("delivery", delivery(o.delivery(), o.buyer()));
        }
        if (expand.contains("purchases")) {
            json.put("purchases", o.purchases().stream().map(p -> purchase(p, o.status())).toList());
        }
        if (expand.contains("status_data")) {
            json.put("status_data", statusData(statuses.get(o.status())));
        }
        if (expand.contains("payment")) {
            json.put("payment", payment(o));
        }
        if (expand.contains("payment_type")) {
            json.put("payment_type", o.payment().isCard() ? "card" : "cash");
        }
        if (expand.contains("status_payment")) {
            json.put("status_payment", statusPayment(o));
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

    private static Map<String, Object> photo(Purchase p) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", p.item().itemId());
        json.put("url", "https://content.rozetka.com.ua/goods/images/big/" + p.item().itemId() + ".jpg");
        json.put("item_name", p.item().name());
        json.put("item_url", itemUrl(p.item()));
        json.put("item_price", Money.of(p.priceWithDiscount()));
        return json;
    }

    private static String itemUrl(CatalogueItem item) {
        return "https://rozetka.com.ua/ua/" + item.itemId() + "/p" + item.itemId() + "/";
    }

    private static Map<String, Object> sellerComment(SellerComment c) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("comment", c.comment());
        json.put("created", KyivTime.format(c.created()));
        json.put("seller_id", c.sellerId());
        json.put("seller_fio", c.sellerFio());
        return json;
    }

    private static Map<String, Object> title(Person p) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("first_name", p.firstName());
        json.put("last_name", p.lastName());
        json.put("second_name", p.secondName());
        json.put("full_name", p.fullName());
        return json;
    }

    private static Map<String, Object> user(Buyer b) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", b.userId());
        json.put("has_email", b.hasEmail());
        json.put("contact_fio", b.person().firstName() + " " + b.person().lastName());
        json.put("email", b.email());
        return json;
    }

    private static Map<String, Object> delivery(Delivery d, Buyer buyer) {
        Person r = d.recipient();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("delivery_service_id", Delivery.NOVA_POSHTA);
        json.put("delivery_service_name", "Нова Пошта");
        json.put("delivery_method_id", d.methodId());
        json.put("recipient_title", r.fullName());
        json.put("recipient_first_name", r.firstName());
        json.put("recipient_last_name", r.lastName());
        json.put("recipient_second_name", r.secondName());
        json.put("recipient_phone", r.phone());
        json.put("another_recipient", d.anotherRecipient() ? 1 : 0);
        json.put("email", buyer.hasEmail() && !"true".equals(buyer.email()) ? buyer.email() : null);
        json.put("place_id", d.methodId() == Delivery.BRANCH ? d.placeId() : null);
        json.put("pickup_rz_id", null);
        json.put("pickup_type", null);
        json.put("place_street", d.placeStreet());
        json.put("place_number", d.placeNumber());
        json.put("place_house", d.placeHouse());
        json.put("place_flat", d.placeFlat());
        json.put("street_id", null);
        Map<String, Object> city = new LinkedHashMap<>();
        city.put("id", d.city().id());
        city.put("uuid", null);
        city.put("city_name", d.city().name());
        city.put("name", d.city().name());
        city.put("name_ua", d.city().name());
        city.put("name_en", d.city().nameEn());
        city.put("title", d.city().name());
        city.put("region_title", d.city().region());
        city.put("status", 1);
        json.put("city", city);
        json.put("cost", Money.of(d.cost()));
        json.put("reserve_date", KyivTime.formatDate(d.reserveDate()));
        json.put("delivery_date", null);
        json.put("ref_id", d.refId());
        json.put("name_logo", "nova-pochta");
        return json;
    }

    private static Map<String, Object> purchase(Purchase p, int orderStatus) {
        CatalogueItem item = p.item();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", p.id());
        json.put("item_id", item.itemId());
        json.put("item_name", item.name());
        json.put("quantity", p.quantity());
        json.put("price", Money.of(p.price()));
        json.put("price_with_discount", Money.of(p.priceWithDiscount()));
        json.put("cost", Money.of(p.cost()));
        json.put("cost_with_discount", Money.of(p.costWithDiscount()));
        json.put("kit_id", 0);
        json.put("status", p.status());
        json.put("conf_details", null);
        json.put("ttn", "");
        json.put("order_status", orderStatus);
        json.put("is_additional_item", item.additional());
        Map<String, Object> itemJson = new LinkedHashMap<>();
        itemJson.put("id", item.itemId());
        itemJson.put("name", item.name());
        itemJson.put("name_ua", item.name());
        itemJson.put("article", item.article());
        itemJson.put("price_offer_id", item.offerId());
        itemJson.put("price", Money.of(item.price()));
        Map<String, Object> category = new LinkedHashMap<>();
        category.put("id", item.categoryId());
        category.put("name", item.categoryName());
        category.put("parent_id", 0);
        itemJson.put("catalog_category", category);
        itemJson.put("catalog_id", item.categoryId());
        itemJson.put("group_id", 0);
        itemJson.put("photo_preview", "https://content.rozetka.com.ua/goods/images/preview/" + item.itemId() + ".jpg");
        itemJson.put("photo", List.of("https://content.rozetka.com.ua/goods/images/big/" + item.itemId() + ".jpg"));
        itemJson.put("sla_id", 1);
        itemJson.put("url", itemUrl(item));
        itemJson.put("sold", 0);
        itemJson.put("uploader_offer_id", item.offerId());
        json.put("item", itemJson);
        return json;
    }

    private Map<String, Object> payment(SandboxOrder o) {
        boolean card = o.payment().isCard();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("payment_method_id", card ? 6 : 1);
        json.put("payment_method_name", card ? "Оплата карткою онлайн" : "Оплата під час отримання товару");
        json.put("payment_type", card ? "card" : "cash");
        json.put("payment_type_title", card ? "Безготівкова" : "Готівкова");
        json.put("payment_status", statusPayment(o));
        json.put("credit", null);
        return json;
    }

    private static Map<String, Object> statusPayment(SandboxOrder o) {
        Payment p = o.payment();
        if (!p.isCard() || p.statusId() == null) {
            return null;
        }
        String[] name = PAYMENT_STATUS_NAMES.getOrDefault(p.statusId(), new String[] {"unknown", "Невідомо"});
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("order_id", o.id());
        json.put("status_payment_id", p.statusId());
        json.put("name", name[0]);
        json.put("title", name[1]);
        json.put("value", Money.of(o.costWithDiscount()));
        json.put("payment_invoice_id", p.invoiceId());
        json.put("created_at", KyivTime.format(p.statusChanged()));
        return json;
    }
}
