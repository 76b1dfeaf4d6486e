package ua.orderflow.sync;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import ua.orderflow.rozetka.RozetkaException;
import ua.orderflow.shop.Shop;
import ua.orderflow.shop.Shops;

/**
 * The buyers' messages beside the order sync: every {@code orderflow.messages.sync-interval}, each
 * shop's chat counters, and its chats only when they show something unread. Several nodes may look
 * at once: a message is kept once and a chat has one open reply task whoever fetched it.
 */
@Component
@ConditionalOnProperty(name = "orderflow.sync.enabled", havingValue = "true", matchIfMissing = true)
public class BuyerMessageScheduler {

    private static final Logger log = LoggerFactory.getLogger(BuyerMessageScheduler.class);

    private final Shops shops;
    private final BuyerMessageSync sync;

    public BuyerMessageScheduler(Shops shops, BuyerMessageSync sync) {
        this.shops = shops;
        this.sync = sync;
    }

    @Scheduled(initialDelayString = "${orderflow.messages.sync-interval:PT60S}",
            fixedDelayString = "${orderflow.messages.sync-interval:PT60S}")
    void fetchBuyerMessages() {
        for (Shop shop : shops.shops()) {
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
    }
}
