package ua.orderflow.sync;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import ua.orderflow.shop.Shop;
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

    private final Shops shops;
    private final ShopSync sync;
    private final OrderSource source;
    private final OrderSyncer syncer;

    public SyncScheduler(Shops shops, ShopSync sync, OrderSource source, OrderSyncer syncer) {
        this.syncer = syncer;
        this.shops = shops;
        this.sync = sync;
        this.source = source;
    }

    @Scheduled(initialDelayString = "${orderflow.sync.initial-delay:PT5S}",
            fixedDelayString = "${orderflow.sync.interval:PT60S}")
    void syncAll() {
        for (Shop shop : shops.shops()) {
            run(shop, "SCHEDULED");
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
            try {
                if (source.countNew(shop.id()) > 0) {
                    run(shop, "NEW_ORDERS");
                }
            } catch (OrderSource.SourceUnavailableException e) {
                log.info("Shop {}: new-order count unavailable ({}); the next full sync will try", shop.id(),
                        e.getMessage());
            }
        }
    }

    private void run(Shop shop, String trigger) {
        try {
            sync.sync(shop.id(), trigger);
        } catch (RuntimeException e) {
            log.error("Sync of shop {} failed", shop.id(), e);
        }
    }
}
