package ua.orderflow.sync;

import ua.orderflow.shop.ShopThreads;

/**
 * The sync loop's rounds by hand, for a benchmark that keeps the loop's own timers out of the way and
 * fires its rounds at the default periods itself: what each round starts runs as in production, on
 * the shops' own threads.
 */
public final class LoopDriver {

    private final SyncScheduler sync;
    private final BuyerMessageScheduler messages;
    private final ShopThreads threads;

    public LoopDriver(SyncScheduler sync, BuyerMessageScheduler messages, ShopThreads threads) {
        this.sync = sync;
        this.messages = messages;
        this.threads = threads;
    }

    /** The full sync of every shop (every {@code orderflow.sync.interval}). */
    public void syncAll() {
        sync.syncAll();
    }

    /** ROZETKA's new-order count of every shop, a sync where it shows some (every {@code counts-new-interval}). */
    public void checkNewOrders() {
        sync.syncShopsWithNewOrders();
    }

    /** Every shop's chat counters (every {@code orderflow.messages.sync-interval}). */
    public void fetchBuyerMessages() {
        messages.fetchBuyerMessages();
    }

    /** Whether any shop is still at the work a round started. */
    public boolean anyShopBusy() {
        return threads.anyBusy();
    }
}
