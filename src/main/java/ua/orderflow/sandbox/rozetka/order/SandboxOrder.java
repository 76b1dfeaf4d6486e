package ua.orderflow.sandbox.rozetka.order;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import ua.orderflow.sandbox.rozetka.status.OrderStatus;
import ua.orderflow.sandbox.rozetka.status.StatusRules;

/**
 * An order as ROZETKA holds it. Mutable, and only ever touched under {@link OrderBook}'s lock.
 * Money is derived from the active lines, so it always adds up.
 */
public final class SandboxOrder {

    /** The statuses that mean the goods have left the seller: the 45 days count from the first. */
    private static final Set<Integer> LEAVES_THE_SELLER = Set.of(StatusRules.SHIPPED, StatusRules.HANDOVER_PLANNED,
            StatusRules.DELIVERING, StatusRules.AT_PICKUP);

    private final long id;
    private final Instant created;
    private final Buyer buyer;
    private final Delivery delivery;
    private final Payment payment;
    private final boolean callbackOff;
    private final String comment;
    private final List<Purchase> purchases = new ArrayList<>();
    private final List<SellerComment> sellerComments = new ArrayList<>();
    private final List<StatusChange> history = new ArrayList<>();
    private Instant changed;
    private int status;
    private int statusGroup;
    private String ttn = "";
    private boolean viewed;
    private Instant shippedAt;

    public SandboxOrder(long id, Instant created, Buyer buyer, Delivery delivery, Payment payment,
            boolean callbackOff, String comment, List<Purchase> lines) {
        this.id = id;
        this.created = created;
        this.changed = created;
        this.buyer = buyer;
        this.delivery = delivery;
        this.payment = payment;
        this.callbackOff = callbackOff;
        this.comment = comment;
        this.purchases.addAll(lines);
        this.status = StatusRules.NEW;
        this.statusGroup = OrderStatus.GROUP_PROCESSING;
        this.history.add(new StatusChange(StatusRules.NEW, created));
    }

    public long id() {
        return id;
    }

    public Instant created() {
        return created;
    }

    public Instant changed() {
        return changed;
    }

    public int status() {
        return status;
    }

    public int statusGroup() {
        return statusGroup;
    }

    public boolean isFinal() {
        return statusGroup != OrderStatus.GROUP_PROCESSING;
    }

    public String ttn() {
        return ttn;
    }

    public boolean hasTtn() {
        return !ttn.isEmpty();
    }

    public Buyer buyer() {
        return buyer;
    }

    public Delivery delivery() {
        return delivery;
    }

    public Payment payment() {
        return payment;
    }

    public boolean callbackOff() {
        return callbackOff;
    }

    public String comment() {
        return comment;
    }

    public boolean viewed() {
        return viewed;
    }

    public Instant shippedAt() {
        return shippedAt;
    }

    public List<Purchase> purchases() {
        return Collections.unmodifiableList(purchases);
    }

    public List<Purchase> activePurchases() {
        return purchases.stream().filter(Purchase::active).toList();
    }

    public List<SellerComment> sellerComments() {
        return Collections.unmodifiableList(sellerComments);
    }

    public List<StatusChange> history() {
        return Collections.unmodifiableList(history);
    }

    /** When the status last changed: what status_updated_from/to filter on. */
    public Instant lastStatusChange() {
        return history.get(history.size() - 1).created();
    }

    public BigDecimal amount() {
        return activePurchases().stream().map(Purchase::cost).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public BigDecimal amountWithDiscount() {
        return activePurchases().stream().map(Purchase::costWithDiscount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** With the delivery cost where the order fixes it. */
    public BigDecimal cost() {
        return amount().add(deliveryCost());
    }

    /** What the buyer pays. */
    public BigDecimal costWithDiscount() {
        return amountWithDiscount().add(deliveryCost());
    }

    private BigDecimal deliveryCost() {
        return delivery.cost() == null ? BigDecimal.ZERO : delivery.cost();
    }

    public int totalQuantity() {
        return activePurchases().stream().mapToInt(Purchase::quantity).sum();
    }

    /**
     * Records a new status. A card payment follows the outcome: a hold is captured on receipt and
     * released on cancellation, a paid order becomes ready for return.
     */
    void moveTo(OrderStatus next, Instant at) {
        moveTo(next, at, true);
    }

    /** {@link #moveTo}, leaving {@code changed} as it was when {@code touchChanged} is false. */
    void moveTo(OrderStatus next, Instant at, boolean touchChanged) {
        status = next.id();
        statusGroup = next.group();
        history.add(new StatusChange(next.id(), at));
        if (shippedAt == null && LEAVES_THE_SELLER.contains(next.id())) {
            shippedAt = at;
        }
        if (payment.isCard() && payment.statusId() != null) {
            if (next.group() == OrderStatus.GROUP_SUCCESS && payment.statusId() == Payment.HOLD) {
                payment.changeStatus(Payment.PAID, at);
            } else if (next.group() == OrderStatus.GROUP_FAILED) {
                int paid = payment.statusId();
                if (paid == Payment.HOLD || paid == Payment.UNPAID) {
                    payment.changeStatus(Payment.CANCELLED, at);
                } else if (paid == Payment.PAID) {
                    payment.changeStatus(Payment.READY_FOR_RETURN, at);
                }
            }
        }
        if (touchChanged) {
            changed = at;
        }
    }

    void setTtn(String newTtn) {
        ttn = newTtn == null ? "" : newTtn;
    }

    void addSellerComment(SellerComment sellerComment) {
        sellerComments.add(sellerComment);
        changed = sellerComment.created();
    }

    void addPurchase(Purchase purchase) {
        purchases.add(purchase);
    }

    void markViewed() {
        viewed = true;
    }

    void touch(Instant at) {
        changed = at;
    }
}
