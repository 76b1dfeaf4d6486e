package ua.orderflow.sandbox.rozetka.order;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
    static final long FIRST_PURCHASE_ID = 990_000_001L;
    /** Order ids one seller account may take before the next account's range. */
    static final long IDS_PER_ACCOUNT = 1_000_000L;
    private static final long SELLER_ID = 5501;
    private static final String SELLER_FIO = "Менеджер магазину";

    private final SandboxClock clock;
    private final StatusCatalogue statuses;
    private final StatusRules rules;
    private final OrderFactory factory;
    private final Carrier carrier;
    private final SandboxRandom random;
    private final StatusPaths paths;
    private final TreeMap<Long, SandboxOrder> orders = new TreeMap<>();
    /** Shipped, not final: the only orders the carrier moves, so a catch-up looks at these alone. */
    private final Map<Long, SandboxOrder> inTransit = new HashMap<>();
    /** No carrier step can fall due before this; until then a catch-up has nothing to do. */
    private Instant nextCarrierStep;
    /** ROZETKA's order ids are one sequence over every seller: each seller account's book has a range of its own. */
    private final long firstOrderId;
    private final long firstPurchaseId;
    private long nextOrderId;
    private long nextPurchaseId;

    public OrderBook(SandboxClock clock, StatusCatalogue statuses, StatusRules rules, OrderFactory factory,
            Carrier carrier, SandboxRandom random) {
        this(clock, statuses, rules, factory, carrier, random, 0);
    }

    /** The book of the seller account numbered {@code account} (0 is the default seller). */
    public OrderBook(SandboxClock clock, StatusCatalogue statuses, StatusRules rules, OrderFactory factory,
            Carrier carrier, SandboxRandom random, int account) {
        this.firstOrderId = FIRST_ORDER_ID + account * IDS_PER_ACCOUNT;
        this.firstPurchaseId = FIRST_PURCHASE_ID + account * IDS_PER_ACCOUNT;
        this.nextOrderId = firstOrderId;
        this.nextPurchaseId = firstPurchaseId;
        this.clock = clock;
        this.statuses = statuses;
        this.rules = rules;
        this.factory = factory;
        this.carrier = carrier;
        this.random = random;
        this.paths = new StatusPaths(rules.table());
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
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            SandboxOrder order = factory.create(nextOrderId, now, () -> nextPurchaseId++, random.shared(), stock);
            if (order == null) {
                break;
            }
            nextOrderId++;
            orders.put(order.id(), order);
            if (status != null) {
                for (int step : paths.to(status)) {
                    if (statuses.needsTtn(step) && !order.hasTtn()) {
                        order.setTtn(NovaPoshta.ttn(random.shared()));
                    }
                    order.moveTo(statuses.get(step), now);
                }
            }
            track(order);
            ids.add(order.id());
        }
        return ids;
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
        return new SearchResult<>(Page.of(matched, query.page()).map(view),
                sum(matched, SandboxOrder::amount), sum(matched, SandboxOrder::amountWithDiscount),
                sum(matched, SandboxOrder::cost), sum(matched, SandboxOrder::costWithDiscount));
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
            applyItemChanges(order, update.purchases(), true, now);
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
        track(order);
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
        applyItemChanges(order, changes, false, now);
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
        track(order);
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
        track(order);
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

    /** {@code GET /orders/counts-new}: ROZETKA's keys ([DOC orders.md] §1.1); the three groups add up to all. */
    public synchronized Map<String, Integer> countsNew() {
        catchUp();
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("inProgress", count(o -> o.statusGroup() == OrderStatus.GROUP_PROCESSING));
        counts.put("inDone", count(o -> o.statusGroup() == OrderStatus.GROUP_SUCCESS));
        counts.put("inNotDone", count(o -> o.statusGroup() == OrderStatus.GROUP_FAILED));
        counts.put("new", count(o -> o.status() == StatusRules.NEW));
        counts.put("delivering", count(o -> OrderQuery.DELIVERING.contains(o.status())));
        counts.put("unwatched", count(o -> !o.viewed()));
        counts.put("all", orders.size());
        return counts;
    }

    /** How many orders are in a status now (for tests and the benchmark, not part of the Seller API). */
    public synchronized int countInStatus(int status) {
        catchUp();
        return count(o -> o.status() == status);
    }

    /** Whether the order id falls in this book's range (it may not exist yet). */
    public boolean ownsId(long id) {
        return id >= firstOrderId && id < firstOrderId + IDS_PER_ACCOUNT;
    }

    public synchronized int size() {
        return orders.size();
    }

    /** Lets the carrier apply every step that fell due on the sandbox clock; returns the time it used. */
    public synchronized Instant catchUp() {
        Instant now = clock.now();
        if (nextCarrierStep == null || now.isBefore(nextCarrierStep)) {
            return now;
        }
        nextCarrierStep = null;
        for (SandboxOrder order : List.copyOf(inTransit.values())) {
            for (Carrier.Step step : carrier.dueSteps(order, now)) {
                order.moveTo(statuses.get(step.status()), step.at(), carrier.touchesChanged());
            }
            track(order);
        }
        return now;
    }

    /** Keeps the in-transit index and the earliest carrier step current after an order's status moved. */
    private void track(SandboxOrder order) {
        if (order.shippedAt() == null || order.isFinal()) {
            inTransit.remove(order.id());
            return;
        }
        inTransit.put(order.id(), order);
        Instant due = carrier.earliestStep(order);
        if (nextCarrierStep == null || due.isBefore(nextCarrierStep)) {
            nextCarrierStep = due;
        }
    }

    public synchronized void reset() {
        orders.clear();
        inTransit.clear();
        nextCarrierStep = null;
        nextOrderId = firstOrderId;
        nextPurchaseId = firstPurchaseId;
    }

    private void applyItemChanges(SandboxOrder order, List<ItemChange> changes, boolean bySeller, Instant now) {
        List<Runnable> edits = new ArrayList<>();
        for (ItemChange change : changes) {
            if (change.purchaseId() != null) {
                Purchase line = order.purchases().stream().filter(p -> p.id() == change.purchaseId() && p.active())
                        .findFirst().orElseThrow(() -> new StatusChangeRefused("purchases",
                                "Товар " + change.purchaseId() + " відсутній у замовленні."));
                edits.add(() -> line.setQuantity(change.quantity()));
                continue;
            }
            CatalogueItem item = (change.itemId() != null ? factory.catalogue().byItemId(change.itemId())
                    : factory.catalogue().byOfferId(change.offerId())).orElseThrow(() -> new StatusChangeRefused(
                            "purchases", "Товар " + (change.itemId() != null ? change.itemId() : change.offerId())
                                    + " не знайдено."));
            if (change.quantity() <= 0) {
                throw new StatusChangeRefused("purchases", "Кількість товару має бути більшою за 0.");
            }
            if (bySeller && change.price() != null && !item.additional()) {
                throw new StatusChangeRefused("purchases", "Ціну можна вказати лише для додаткового товару.");
            }
            BigDecimal price = change.price() != null && item.additional() ? change.price().setScale(2, java.math.RoundingMode.HALF_UP)
                    : item.price();
            edits.add(() -> order.addPurchase(new Purchase(nextPurchaseId++, item, change.quantity(), price, price)));
        }
        long removed = changes.stream().filter(c -> c.purchaseId() != null && c.quantity() <= 0)
                .map(ItemChange::purchaseId).distinct().count();
        long added = changes.stream().filter(c -> c.purchaseId() == null).count();
        if (order.activePurchases().size() - removed + added <= 0) {
            throw new StatusChangeRefused("purchases", "У замовленні має лишитися хоча б один товар.");
        }
        // every change is checked before any is applied: a refused edit changes nothing
        edits.forEach(Runnable::run);
        order.touch(now);
    }

    private SandboxOrder find(long id) {
        SandboxOrder order = orders.get(id);
        if (order == null) {
            throw new OrderNotFound(id);
        }
        return order;
    }

    private int count(java.util.function.Predicate<SandboxOrder> predicate) {
        return (int) orders.values().stream().filter(predicate).count();
    }

    private static BigDecimal sum(List<SandboxOrder> orders, Function<SandboxOrder, BigDecimal> money) {
        return orders.stream().map(money).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
