package ua.orderflow.offers;

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
 * Pushes what the outbox holds every {@code push-interval} and links the shops' ROZETKA items on
 * start and every {@code link-interval}, each shop on its own thread (its goods are pages of calls,
 * and a slow shop must not hold up the others nor the scheduler's other loops). Every node may run
 * it: the push lock lets one push at a time.
 */
@Component
@EnableScheduling
@ConditionalOnProperty(name = "orderflow.offers.push-enabled", havingValue = "true", matchIfMissing = true)
class OfferScheduler {

    private static final Logger log = LoggerFactory.getLogger(OfferScheduler.class);

    private final OfferPusher pusher;
    private final OfferMapping mapping;
    private final Shops shops;
    private final ShopThreads threads;

    OfferScheduler(OfferPusher pusher, OfferMapping mapping, Shops shops, ShopThreads threads) {
        this.pusher = pusher;
        this.mapping = mapping;
        this.shops = shops;
        this.threads = threads;
    }

    @Scheduled(initialDelayString = "${orderflow.offers.push-interval:PT1S}",
            fixedDelayString = "${orderflow.offers.push-interval:PT1S}")
    void push() {
        try {
            pusher.drain();
        } catch (RuntimeException e) {
            log.warn("Stock and price push failed; the outbox keeps every offer for the next one", e);
        }
    }

    @Scheduled(initialDelayString = "PT3S", fixedDelayString = "${orderflow.offers.link-interval:PT30M}")
    void link() {
        for (Shop shop : shops.shops()) {
            threads.start("offer-links", shop.id(), () -> {
                try {
                    mapping.refresh(shop.id());
                } catch (RuntimeException e) {
                    log.warn("Shop {}: ROZETKA items not read ({}); offers keep their links until the next try",
                            shop.id(), e.getMessage());
                }
            });
        }
    }
}
