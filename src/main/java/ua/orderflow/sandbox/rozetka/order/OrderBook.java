package ua.orderflow.sandbox.rozetka.order;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import ua.orderflow.sandbox.SandboxRandom;
import ua.orderflow.sandbox.rozetka.carrier.Carrier;
import ua.orderflow.sandbox.clock.SandboxClock;
import ua.orderflow.sandbox.rozetka.search.OrderQuery;
import ua.orderflow.sandbox.rozetka.search.Page;
import ua.orderflow.sandbox.rozetka.status.OrderStatus;
import ua.orderflow.sandbox.rozetka.status.StatusCatalogue;
import ua.orderflow.sandbox.rozetka.status.StatusChangeRefused;
import ua.orderflow.sandbox.rozetka.status.StatusPaths;
import ua.orderflow.sandbox.rozetka.status.StatusRules;
import ua.orderflow.sandbox.rozetka.status.StatusRules.Transition;

/**
 * Every sandbox order, in memory, behind one lock. Each operation first lets the carrier catch up
 * with the sandbox clock, so what a caller sees is always current; views are rendered under the
 * lock because orders are mutable.
 */
public final class OrderBook {

    public static final long FIRST_ORDER_ID = 812_000_001L;
    private static final long SELLER_ID = 5501;
    private static final String SELLER_FIO = "Менеджер магазину";

    private final SandboxClock clock;
    private final StatusCatalogue statuses;
    private final StatusRules rules;
    private final OrderFactory factory;
    private final SandboxRandom random;
    private final StatusPaths paths;
    private final TreeMap<Long, SandboxOrder> orders = new TreeMap<>();
    private final CarrierProgress inTransit;
    private final OrderIds ids;
    private final PurchaseEdits purchaseEdits;

    public OrderBook(SandboxClock clock, StatusCatalogue statuses, StatusRules rules, OrderFactory factory,
            Carrier carrier, SandboxRandom random) {
        this(clock, statuses, rules, factory, carrier, random, 0);
    }

    /** The book of the seller account numbered {@code account} (0 is the default seller). */
    public OrderBook(SandboxClock clock, StatusCatalogue statuses, StatusRules rules, OrderFactory factory,
            Carrier carrier, SandboxRandom random, int account) {
        this.clock = clock;
        this.statuses = statuses;
        this.rules = rules;
        this.factory = factory;
        this.random = random;
        this.paths = new StatusPaths(rules.table());
        this.inTransit = new CarrierProgress(carrier, statuses);
        this.ids = new OrderIds(account);
        this.purchaseEdits = new PurchaseEdits(factory, ids::takePurchaseId);
    }

    /** Creates {@code count} new orders, each walked to {@code status} along a parcel's usual life. */
    public synchronized List<Long> create(int count, Integer status) {
        return create(count, status, ListedStock.UNLIMITED);
    }

    /**
     * Orders buyers place from what the listing shows in stock, each taking its units: fewer than
     * {@code count} when the listing runs out.
     */
    public synchronized List<Long> create(int count, Integer status, ListedStock stock) {
        if (status != null) {
            statuses.get(status);
        }
        Instant now = catchUp();
        List<Long> created = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            SandboxOrder order = factory.create(ids.nextOrderId(), now, ids::takePurchaseId, random.shared(), stock);
            if (order == null) {
                break;
            }
            ids.orderMade();
            orders.put(order.id(), order);
            if (status != null) {
                for (int step : paths.to(status)) {
                    if (statuses.needsTtn(step) && !order.hasTtn()) {
                        order.setTtn(NovaPoshta.ttn(random.shared()));
                    }
                    order.moveTo(statuses.get(step), now);
                }
            }
            inTransit.track(order);
            created.add(order.id());
        }
        return created;
    }

    /** The raw order, as admin and tests see it: no side effects. */
    public synchronized <T> T read(long id, Function<SandboxOrder, T> view) {
        catchUp();
        return view.apply(find(id));
    }

    /** A seller opening the order: from now on it is viewed. */
    public synchronized <T> T sellerRead(long id, Function<SandboxOrder, T> view) {
        catchUp();
        SandboxOrder order = find(id);
        order.markViewed();
        return view.apply(order);
    }

    /**
     * The orders carrying these TTNs, after the carrier caught up, as the Nova Poshta sandbox needs
     * them to agree with ROZETKA's tracking: TTN to view, in one pass.
     */
    public synchronized <T> Map<String, T> byTtns(java.util.Set<String> ttns, Function<SandboxOrder, T> view) {
        catchUp();
        Map<String, T> found = new HashMap<>();
        for (SandboxOrder order : orders.values()) {
            if (order.hasTtn() && ttns.contains(order.ttn())) {
                found.put(order.ttn(), view.apply(order));
            }
        }
        return found;
    }

    public synchronized <T> SearchResult<T> search(OrderQuery query, Function<SandboxOrder, T> view) {
        catchUp();
        List<SandboxOrder> matched = orders.values().stream().filter(query.filter()).sorted(query.comparator())
                .toList();
        return SearchResult.of(Page.of(matched, query.page()).map(view), matched);
    }

    /** {@code PUT /orders/{id}}: ROZETKA's rules decide; a refusal leaves the order untouched. */
    public synchronized <T> T sellerUpdate(long id, SellerUpdate update, Function<SandboxOrder, T> view) {
        Instant now = catchUp();
        SandboxOrder order = find(id);
        if (update.purchases() != null && !update.purchases().isEmpty()) {
            if (order.status() != StatusRules.PROCESSING) {
                throw new StatusChangeRefused("purchases",
                        "Редагування товарів можливе лише у статусі «Обробляється менеджером».");
            }
            purchaseEdits.apply(order, update.purchases(), true, now);
        }
        if (update.status() != null) {
            Transition transition = rules.decide(order.status(), order.ttn(), update.status(), update.ttn());
            order.setTtn(transition.ttn());
            if (transition.statusChanged()) {
                order.moveTo(statuses.get(transition.status()), now);
            }
        }
        if (update.sellerComment() != null && !update.sellerComment().isBlank()) {
            order.addSellerComment(new SellerComment(update.sellerComment().trim(), now, SELLER_ID, SELLER_FIO));
        }
        inTransit.track(order);
        order.markViewed();
        return view.apply(order);
    }

    /** The seller cabinet or the buyer edits the lines; no status restriction but a final order stays. */
    public synchronized void editItems(long id, List<ItemChange> changes) {
        Instant now = catchUp();
        SandboxOrder order = find(id);
        if (order.isFinal()) {
            throw new StatusChangeRefused("purchases", "Замовлення у фінальному статусі не редагується.");
        }
        purchaseEdits.apply(order, changes, false, now);
    }

    /** ROZETKA staff or the carrier set a status: no seller rules apply. */
    public synchronized void forceStatus(long id, int status, String ttn) {
        Instant now = catchUp();
        SandboxOrder order = find(id);
        OrderStatus next = statuses.get(status);
        if (ttn != null) {
            order.setTtn(ttn.trim());
        }
        order.moveTo(next, now);
        inTransit.track(order);
    }

    /** The buyer cancels (45 by default) an order that is still open. */
    public synchronized void cancelByBuyer(long id, int status) {
        OrderStatus cancellation = statuses.get(status);
        if (cancellation.group() != OrderStatus.GROUP_FAILED) {
            throw new IllegalArgumentException("status " + status + " is not a cancellation (group 3)");
        }
        Instant now = catchUp();
        SandboxOrder order = find(id);
        if (order.isFinal()) {
            throw new StatusChangeRefused("status", "Замовлення вже у фінальному статусі " + order.status() + ".");
        }
        order.moveTo(cancellation, now);
        inTransit.track(order);
    }

    /** The card payment moves (paid, hold, cancelled…); a cash order has no payment status. */
    public synchronized void changePayment(long id, int paymentStatusId) {
        Instant now = catchUp();
        SandboxOrder order = find(id);
        if (!order.payment().isCard()) {
            throw new IllegalArgumentException("order " + id + " is paid in cash: it has no payment status");
        }
        order.payment().changeStatus(paymentStatusId, now);
        order.touch(now);
    }

    /** {@code GET /orders/counts-new}. */
    public synchronized Map<String, Integer> countsNew() {
        catchUp();
        return OrderCounts.countsNew(orders.values());
    }

    /** How many orders are in a status now (for tests and the benchmark, not part of the Seller API). */
    public synchronized int countInStatus(int status) {
        catchUp();
        return OrderCounts.count(orders.values(), o -> o.status() == status);
    }

    /** Whether the order id falls in this book's range (it may not exist yet). */
    public boolean ownsId(long id) {
        return ids.owns(id);
    }

    public synchronized int size() {
        return orders.size();
    }

    /** Lets the carrier apply every step that fell due on the sandbox clock; returns the time it used. */
    public synchronized Instant catchUp() {
        Instant now = clock.now();
        inTransit.catchUp(now);
        return now;
    }

    public synchronized void reset() {
        orders.clear();
        inTransit.clear();
        ids.reset();
    }

    private SandboxOrder find(long id) {
        SandboxOrder order = orders.get(id);
        if (order == null) {
            throw new OrderNotFound(id);
        }
        return order;
    }
}
