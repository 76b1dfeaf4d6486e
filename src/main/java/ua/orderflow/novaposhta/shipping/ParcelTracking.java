package ua.orderflow.novaposhta.shipping;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import ua.orderflow.novaposhta.NovaPoshtaException;
import ua.orderflow.shop.Shop;
import ua.orderflow.shop.Shops;
import ua.orderflow.sync.NodeId;

/**
 * Every {@code orderflow.novaposhta.tracking.interval} (30 minutes), a round over each shop's open
 * parcels, on one node of the cluster at a time: each node's timer fires, the first to claim the
 * shop's round ({@link TrackingRounds}) polls, the others skip. Should two rounds still meet (one
 * longer than the interval), a status is journalled by the node whose update wrote it and a payout
 * is booked once (a guarded update and the payment's idempotency key).
 */
@Component
@ConditionalOnProperty(name = "orderflow.novaposhta.tracking.enabled", havingValue = "true", matchIfMissing = true)
public class ParcelTracking {

    private static final Logger log = LoggerFactory.getLogger(ParcelTracking.class);

    private final Shops shops;
    private final ParcelTracker tracker;
    private final TrackingRounds rounds;
    private final NodeId node;
    private final Duration interval;

    public ParcelTracking(Shops shops, ParcelTracker tracker, TrackingRounds rounds, NodeId node,
            @Value("${orderflow.novaposhta.tracking.interval:PT30M}") Duration interval) {
        this.shops = shops;
        this.tracker = tracker;
        this.rounds = rounds;
        this.node = node;
        this.interval = interval;
    }

    @Scheduled(initialDelayString = "${orderflow.novaposhta.tracking.interval:PT30M}",
            fixedDelayString = "${orderflow.novaposhta.tracking.interval:PT30M}")
    public void everyShop() {
        for (Shop shop : shops.shops()) {
            if (!shop.shipsWithNovaPoshta() || !rounds.claim(shop.id(), node.get(), interval)) {
                continue;
            }
            try {
                ParcelTracker.Round round = tracker.track(shop.id());
                log.info("Nova Poshta tracking of shop {}: {} parcels in {} calls, {} new statuses", shop.id(),
                        round.parcels(), round.calls(), round.changed());
            } catch (NovaPoshtaException e) {
                log.warn("Nova Poshta tracking of shop {} failed, next round in the usual interval: {}", shop.id(),
                        e.getMessage());
            }
        }
    }
}
