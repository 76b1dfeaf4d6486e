package ua.orderflow.sandbox.rozetka.goods;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import ua.orderflow.sandbox.clock.SandboxClock;
import ua.orderflow.sandbox.rozetka.order.Catalogue;
import ua.orderflow.sandbox.rozetka.order.CatalogueItem;
import ua.orderflow.sandbox.rozetka.order.ListedStock;

/**
 * The seller's items as ROZETKA lists them: stock first as the catalogue gives it (the listing the
 * seller once made), then whatever the seller sends. Buyers' orders take from it, and a price moved
 * beyond ROZETKA's bounds (more than ×1.5 up or ×2 down) waits for moderation, the old price staying.
 */
public final class Shelf implements ListedStock {

    static final BigDecimal UP_BOUND = new BigDecimal("1.5");
    static final BigDecimal DOWN_BOUND = new BigDecimal("2");

    private final Catalogue catalogue;
    private final SandboxClock clock;
    private final Map<Long, Listing> listings = new LinkedHashMap<>();
    private static final long FIRST_EXTRA_ID = 402_000_001L;
    private static final int EXTRA_CATEGORY = 4_629_999;
    private long nextExtraId = FIRST_EXTRA_ID;

    public Shelf(Catalogue catalogue, SandboxClock clock) {
        this.catalogue = catalogue;
        this.clock = clock;
        reset();
    }

    /** Items the seller listed beyond the catalogue (the benchmark lists hundreds); buyers do not order them. */
    public synchronized long add(String offerId, String article, String name, BigDecimal price, int stock) {
        long itemId = nextExtraId++;
        listings.put(itemId, new Listing(new CatalogueItem(itemId, offerId, article, name, price, EXTRA_CATEGORY,
                "Інше", false), stock));
        return itemId;
    }

    public synchronized void reset() {
        nextExtraId = FIRST_EXTRA_ID;
        listings.clear();
        for (CatalogueItem item : catalogue.products()) {
            listings.put(item.itemId(), new Listing(item, catalogue.quantity(item.offerId())));
        }
    }

    @Override
    public synchronized int listed(CatalogueItem item) {
        Listing listing = listings.get(item.itemId());
        return listing == null ? 0 : listing.stock;
    }

    @Override
    public synchronized void sold(CatalogueItem item, int quantity) {
        Listing listing = listings.get(item.itemId());
        if (listing != null) {
            listing.stock = Math.max(0, listing.stock - quantity);
            listing.sold += quantity;
        }
    }

    synchronized <T> List<T> all(Function<Listing, T> view) {
        return listings.values().stream().map(view).toList();
    }

    synchronized boolean has(long itemId) {
        return listings.containsKey(itemId);
    }

    /** Applies one checked update; a price beyond the bounds waits for moderation instead. */
    synchronized void update(long itemId, Integer stock, BigDecimal price, BigDecimal priceOld, BigDecimal pricePromo) {
        Listing listing = listings.get(itemId);
        Instant now = clock.now();
        if (stock != null) {
            listing.stock = stock;
            listing.pushes.add(new Listing.Pushed(now, stock));
        }
        if (price != null) {
            if (beyondBounds(listing.price, price)) {
                listing.moderatedPrice = price;
            } else {
                listing.price = price;
                listing.moderatedPrice = null;
            }
        }
        if (priceOld != null) {
            listing.priceOld = priceOld.signum() < 0 ? null : priceOld;
        }
        if (pricePromo != null) {
            listing.pricePromo = pricePromo.signum() < 0 ? null : pricePromo;
        }
        listing.updatedAt = now;
    }

    /** ROZETKA's manager approves the price waiting for moderation. */
    public synchronized boolean approvePrice(long itemId) {
        Listing listing = listings.get(itemId);
        if (listing == null || listing.moderatedPrice == null) {
            return false;
        }
        listing.price = listing.moderatedPrice;
        listing.moderatedPrice = null;
        return true;
    }

    /** The current price a new one is checked against, for a caller validating a promo price. */
    synchronized BigDecimal price(long itemId) {
        return listings.get(itemId).price;
    }

    static boolean beyondBounds(BigDecimal current, BigDecimal next) {
        return current != null && current.signum() > 0
                && (next.compareTo(current.multiply(UP_BOUND)) > 0 || next.multiply(DOWN_BOUND).compareTo(current) < 0);
    }

    /** The stock values sent for each item, oldest first (what tests and the benchmark read). */
    synchronized Map<Long, List<Listing.Pushed>> pushes() {
        Map<Long, List<Listing.Pushed>> all = new LinkedHashMap<>();
        listings.forEach((id, listing) -> all.put(id, new ArrayList<>(listing.pushes)));
        return all;
    }
}
