package ua.orderflow.sandbox.rozetka.order;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;
import ua.orderflow.sandbox.rozetka.status.StatusChangeRefused;

/**
 * Changes to an order's lines, by the seller ({@code PUT /orders/{id}}) or in the cabinet, refused in
 * ROZETKA's words. Only used under {@link OrderBook}'s lock.
 */
final class PurchaseEdits {

    private final OrderFactory factory;
    private final LongSupplier purchaseIds;

    PurchaseEdits(OrderFactory factory, LongSupplier purchaseIds) {
        this.factory = factory;
        this.purchaseIds = purchaseIds;
    }

    /** {@code bySeller}: the Seller API lets a price be given for an additional item only. */
    void apply(SandboxOrder order, List<ItemChange> changes, boolean bySeller, Instant now) {
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
            edits.add(() -> order.addPurchase(new Purchase(purchaseIds.getAsLong(), item, change.quantity(), price, price)));
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
}
