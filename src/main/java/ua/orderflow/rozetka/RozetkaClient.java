package ua.orderflow.rozetka;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import ua.orderflow.rozetka.model.DeliveryType;
import ua.orderflow.rozetka.model.NewOrderCounts;
import ua.orderflow.rozetka.model.OrderPage;
import ua.orderflow.rozetka.model.OrderSearch;
import ua.orderflow.rozetka.model.OrderStatus;
import ua.orderflow.rozetka.model.RozetkaOrder;
import ua.orderflow.shop.Shop;

/**
 * The Seller API for one shop. Checks every envelope, logs in again once when the token expired and
 * replays the call, keeps quiet for as long as ROZETKA asks after a 429, and turns every failure
 * into a {@link RozetkaException} the caller can act on.
 */
public class RozetkaClient {

    private final Shop shop;
    private final SellerApi api;
    private final ObjectMapper json;
    private final SellerSession session;

    RozetkaClient(Shop shop, SellerApi api, ObjectMapper json, Clock clock, Duration retryPause, Pauses pauses,
            Duration longestWait) {
        this.shop = shop;
        this.api = api;
        this.json = json;
        this.session = new SellerSession(shop, api, clock, retryPause, pauses, longestWait);
    }

    public String shopId() {
        return shop.id();
    }

    /** One page of a search; pages past the last repeat it (Yii2), so use {@link #forEachPage}. */
    public OrderPage searchPage(OrderSearch search, int page) {
        JsonNode content = idempotent(t -> api.searchOrders(t, search.query(page)));
        JsonNode meta = content.path("_meta");
        List<JsonNode> orders = new ArrayList<>();
        content.path("orders").forEach(orders::add);
        return new OrderPage(orders, meta.path("currentPage").asInt(page), meta.path("pageCount").asInt(1),
                meta.path("totalCount").asInt(orders.size()));
    }

    /** How a walk over a search's pages ended: every page read, or stopped for a page count that lied. */
    public record Walk(int pagesRead, int pageCount, String stoppedBecause) {

        public boolean complete() {
            return stoppedBecause == null;
        }
    }

    /** A window's orders never fill this many pages; a page count beyond it is not believed. */
    static final int MAX_PAGES = 1000;
    /** Pages in a row that bring no order not seen before: past the end, ROZETKA repeats the last one. */
    static final int BARREN_PAGES = 3;

    /**
     * Walks pages 1.._meta.pageCount, handing each page on before asking for the next, and drops
     * orders already seen (ROZETKA repeats the last page past the end, and orders shift between pages).
     * A page count that lies ends the walk early, so one bad answer cannot keep a run going for ever.
     */
    public Walk forEachPage(OrderSearch search, Consumer<OrderPage> consumer) {
        Set<Long> seen = new LinkedHashSet<>();
        int pageCount = 1;
        int barren = 0;
        int page = 1;
        for (; page <= pageCount; page++) {
            if (page > MAX_PAGES) {
                return new Walk(page - 1, pageCount, "ROZETKA повідомила " + pageCount + " сторінок; прочитано перші "
                        + MAX_PAGES);
            }
            OrderPage result = searchPage(search, page);
            pageCount = result.pageCount();
            List<JsonNode> fresh = result.orders().stream()
                    .filter(order -> !order.hasNonNull("id") || seen.add(order.path("id").asLong()))
                    .toList();
            consumer.accept(new OrderPage(fresh, result.currentPage(), pageCount, result.totalCount()));
            barren = fresh.isEmpty() && page > 1 ? barren + 1 : 0;
            if (barren >= BARREN_PAGES && page < pageCount) {
                return new Walk(page, pageCount, "ROZETKA повідомила " + pageCount + " сторінок, але " + BARREN_PAGES
                        + " сторінки поспіль (до " + page + "-ї) не принесли нових замовлень; решту не читали");
            }
        }
        return new Walk(page - 1, pageCount, null);
    }

    /** Every order of a search, deduplicated by id; fine for small windows, use forEachPage for big ones. */
    public List<RozetkaOrder> searchAll(OrderSearch search) {
        List<RozetkaOrder> all = new ArrayList<>();
        forEachPage(search, page -> page.orders().forEach(node -> all.add(read(node))));
        return all;
    }

    public RozetkaOrder order(long id, String expand) {
        return read(idempotent(t -> api.order(t, id, expand)));
    }

    /** The statuses ROZETKA allows next for this order now, for any delivery type. */
    public List<Integer> allowedNextStatuses(long id) {
        return order(id, "status_available").allowedNextStatuses();
    }

    /** The statuses ROZETKA allows next for this order now when it ships this way. */
    public List<Integer> allowedNextStatuses(long id, DeliveryType shipping) {
        return order(id, "status_available").allowedNextStatuses(shipping);
    }

    /**
     * Sets a status (with a TTN and a seller comment where given); ROZETKA's refusal comes as
     * {@link RozetkaException.StatusRefused} with its reason.
     */
    public RozetkaOrder updateOrder(long id, Integer status, String ttn, String sellerComment) {
        Map<String, Object> body = updateBody(status, ttn, sellerComment);
        return read(authorized(t -> api.updateOrder(t, id, body)));
    }

    /** {@link #updateOrder}, asking ROZETKA to answer with the order expanded as for a search. */
    public RozetkaOrder updateOrder(long id, Integer status, String ttn, String sellerComment, String expand) {
        Map<String, Object> body = updateBody(status, ttn, sellerComment);
        return read(authorized(t -> api.updateOrder(t, id, expand, body)));
    }

    private static Map<String, Object> updateBody(Integer status, String ttn, String sellerComment) {
        Map<String, Object> body = new LinkedHashMap<>();
        if (status != null) {
            body.put("status", status);
        }
        if (ttn != null && !ttn.isBlank()) {
            body.put("ttn", ttn);
        }
        if (sellerComment != null && !sellerComment.isBlank()) {
            body.put("seller_comment", sellerComment);
        }
        return body;
    }

    public List<OrderStatus> orderStatuses() {
        List<OrderStatus> statuses = new ArrayList<>();
        int pageCount = 1;
        for (int page = 1; page <= pageCount; page++) {
            int current = page;
            JsonNode content = idempotent(t -> api.orderStatuses(t, current));
            JsonNode list = content.has("orderStatuses") ? content.path("orderStatuses") : content.path("orderStatus");
            for (JsonNode status : list) {
                statuses.add(convert(status, OrderStatus.class));
            }
            pageCount = content.path("_meta").path("pageCount").asInt(1);
        }
        return statuses.stream().filter(distinctBy(OrderStatus::id)).toList();
    }

    public NewOrderCounts countsNew() {
        return convert(idempotent(api::countsNew), NewOrderCounts.class);
    }

    /** Reads one order of a search page; a malformed one throws IllegalArgumentException. */
    public RozetkaOrder read(JsonNode order) {
        return convert(order, RozetkaOrder.class);
    }

    /**
     * A call of another Seller API interface (the goods, {@link RozetkaGoods}) with this shop's
     * token, re-login and envelope check; repeated on a 5xx as a read is, so only for calls that
     * may be repeated.
     */
    JsonNode withToken(Function<String, JsonNode> request) {
        return idempotent(request);
    }

    /** A read, repeated on a 5xx or a timeout: see {@link SellerSession#idempotent}. */
    JsonNode idempotent(Function<String, JsonNode> request) {
        return session.idempotent(request);
    }

    /** One call with the token, replayed only after a fresh login: fit for writes. */
    JsonNode authorized(Function<String, JsonNode> request) {
        return session.authorized(request);
    }

    private <T> T convert(JsonNode node, Class<T> type) {
        try {
            return json.treeToValue(node, type);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot read " + type.getSimpleName() + ": " + e.getOriginalMessage(), e);
        }
    }

    private static <T> java.util.function.Predicate<T> distinctBy(Function<T, Object> key) {
        Set<Object> seen = new java.util.HashSet<>();
        return item -> seen.add(key.apply(item));
    }
}
