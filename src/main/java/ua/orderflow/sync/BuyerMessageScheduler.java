package ua.orderflow.sync;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import ua.orderflow.rozetka.RozetkaException;
import ua.orderflow.shop.Shop;
import ua.orderflow.shop.ShopThreads;
import ua.orderflow.shop.Shops;

/**
 * The buyers' messages beside the order sync: every {@code orderflow.messages.sync-interval}, each
 * shop's chat counters, and its chats only when they show something unread. Several nodes may look
 * at once: a message is kept once and a chat has one open reply task whoever fetched it. Each shop
 * looks on its own thread, so one whose ROZETKA hangs holds up neither the other shops nor the
 * scheduler's other loops.
 */
@Component
@ConditionalOnProperty(name = "orderflow.sync.enabled", havingValue = "true", matchIfMissing = true)
public class BuyerMessageScheduler {

    private static final Logger log = LoggerFactory.getLogger(BuyerMessageScheduler.class);

    private final Shops shops;
    static final String BUYER_MESSAGES = "buyer-messages";

    private final BuyerMessageSync sync;
    private final ShopThreads threads;

    public BuyerMessageScheduler(Shops shops, BuyerMessageSync sync, ShopThreads threads) {
        this.shops = shops;
        this.sync = sync;
        this.threads = threads;
    }

    @Scheduled(initialDelayString = "${orderflow.messages.sync-interval:PT60S}",
            fixedDelayString = "${orderflow.messages.sync-interval:PT60S}")
    void fetchBuyerMessages() {
        for (Shop shop : shops.shops()) {
            threads.start(BUYER_MESSAGES, shop.id(), () -> fetch(shop));
        }
    }

    private void fetch(Shop shop) {
        try {
            int fresh = sync.sync(shop.id());
            if (fresh > 0) {
                log.info("Shop {}: {} new buyer message(s)", shop.id(), fresh);
            }
        } catch (RozetkaException e) {
            log.info("Shop {}: buyer messages unavailable ({}); the next look tries again", shop.id(),
                    e.getMessage());
        } catch (RuntimeException e) {
            log.warn("Shop {}: fetching buyer messages failed", shop.id(), e);
        }
    }

    /** Whether the shop is still at its last look. */
    boolean busy(String shopId) {
        return threads.busy(BUYER_MESSAGES, shopId);
    }
}
