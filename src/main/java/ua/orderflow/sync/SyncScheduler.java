package ua.orderflow.sync;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import ua.orderflow.shop.Shop;
import ua.orderflow.shop.ShopThreads;
import ua.orderflow.shop.Shops;

/**
 * The sync loop: a full sync of every shop each interval and, between them, a cheap look at
 * ROZETKA's count of new orders that starts a sync early, so a new order is acknowledged fast.
 * The shop lease keeps it to one run at a time across nodes.
 */
@Component
@EnableScheduling
@ConditionalOnProperty(name = "orderflow.sync.enabled", havingValue = "true", matchIfMissing = true)
public class SyncScheduler {

    private static final Logger log = LoggerFactory.getLogger(SyncScheduler.class);
    /** A full sync and a new-order check of one shop never run at once: they share this kind. */
    static final String SYNC = "sync";

    private final Shops shops;
    private final ShopSync sync;
    private final OrderSource source;
    private final OrderSyncer syncer;
    private final ShopThreads threads;
    /** Shops whose full sync the loop asked for and that have not started it yet. */
    private final Set<String> fullSyncDue = ConcurrentHashMap.newKeySet();
    /** Shops whose new-order check the loop asked for and that have not started it yet. */
    private final Set<String> checkDue = ConcurrentHashMap.newKeySet();

    public SyncScheduler(Shops shops, ShopSync sync, OrderSource source, OrderSyncer syncer, ShopThreads threads) {
        this.syncer = syncer;
        this.shops = shops;
        this.sync = sync;
        this.source = source;
        this.threads = threads;
    }

    @Scheduled(initialDelayString = "${orderflow.sync.initial-delay:PT5S}",
            fixedDelayString = "${orderflow.sync.interval:PT60S}")
    void syncAll() {
        for (Shop shop : shops.shops()) {
            fullSyncDue.add(shop.id());
            inItsOwnThread(shop, () -> work(shop));
        }
        try {
            syncer.redeliverAllWaiting(500);
        } catch (RuntimeException e) {
            log.warn("Inbox sweep failed; the next loop tries again", e);
        }
    }

    @Scheduled(initialDelayString = "${orderflow.sync.counts-new-interval:PT10S}",
            fixedDelayString = "${orderflow.sync.counts-new-interval:PT10S}")
    void syncShopsWithNewOrders() {
        for (Shop shop : shops.shops()) {
            checkDue.add(shop.id());
            inItsOwnThread(shop, () -> work(shop));
        }
    }

    /**
     * What fell due for the shop, until nothing is: a full sync or a new-order check that came due
     * while the shop was at the other runs as soon as that is done, not a timer's tick later. A
     * dropped full sync cost a third of them at 100 shops (ManyShopsBench); a dropped check let an
     * order made during a slow full sync wait 10 s more for its acknowledgment. A due full sync
     * stands in for a due check, since it reads every new order too.
     */
    private void work(Shop shop) {
        String id = shop.id();
        while (fullSyncDue.contains(id) || checkDue.contains(id)) {
            if (fullSyncDue.remove(id)) {
                checkDue.remove(id);
                sync.sync(id, "SCHEDULED");
            } else if (checkDue.remove(id)) {
                syncIfNew(id);
            }
        }
    }

    private void syncIfNew(String shopId) {
        try {
            if (source.countNew(shopId) > 0) {
                sync.sync(shopId, "NEW_ORDERS");
            }
        } catch (OrderSource.SourceUnavailableException e) {
            log.info("Shop {}: new-order count unavailable ({}); the next full sync will try", shopId, e.getMessage());
        }
    }

    /**
     * Starts the shop's work on its own thread unless the shop is still at its last sync or check: a
     * shop whose ROZETKA hangs or answers nonsense holds up only itself.
     */
    void inItsOwnThread(Shop shop, Runnable work) {
        threads.start(SYNC, shop.id(), work);
    }

    /** Whether the shop is still at its last sync or new-order check. */
    boolean busy(String shopId) {
        return threads.busy(SYNC, shopId);
    }
}
