package ua.orderflow.offers;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code orderflow.offers.*}: how stock and prices reach ROZETKA. Moves are pushed once there has
 * been none for {@code quiet} (or once the oldest waiting one is {@code maxDelay} old, whichever
 * comes first): a burst is one push, {@code batch} offers a call (ROZETKA takes 100).
 *
 * @param pushEnabled whether this node drains the stock and price outbox to ROZETKA (any number of nodes may)
 * @param pushInterval how often the outbox is looked at for offers due
 * @param quiet how long the books must go without a stock or price move before the waiting offers are pushed (coalescing)
 * @param maxDelay the longest a move waits for its push however busy the offer keeps
 * @param batch offers per mass-update call (at most 100, ROZETKA's limit)
 * @param retryPause the first pause before a failed push is tried again; it doubles up to retryPauseMax
 * @param retryPauseMax the longest pause between two tries of a failed push
 * @param linkInterval how often each shop's ROZETKA items are read again to link them to our products
 * @param lowStock available units at or below which the desk warns that an offer runs low
 */
@ConfigurationProperties("orderflow.offers")
public record OffersProperties(
        @DefaultValue("true") boolean pushEnabled,
        Duration pushInterval,
        Duration quiet,
        Duration maxDelay,
        Integer batch,
        Duration retryPause,
        Duration retryPauseMax,
        Duration linkInterval,
        Integer lowStock) {

    static final int ROZETKA_BATCH = 100;

    public OffersProperties {
        pushInterval = pushInterval == null ? Duration.ofSeconds(1) : pushInterval;
        quiet = quiet == null ? Duration.ofSeconds(2) : quiet;
        maxDelay = maxDelay == null ? Duration.ofSeconds(10) : maxDelay;
        batch = batch == null ? ROZETKA_BATCH : batch;
        if (batch < 1 || batch > ROZETKA_BATCH) {
            throw new IllegalArgumentException("orderflow.offers.batch must be 1.." + ROZETKA_BATCH + ", was " + batch);
        }
        retryPause = retryPause == null ? Duration.ofSeconds(5) : retryPause;
        retryPauseMax = retryPauseMax == null ? Duration.ofMinutes(5) : retryPauseMax;
        linkInterval = linkInterval == null ? Duration.ofMinutes(30) : linkInterval;
        lowStock = lowStock == null ? 3 : lowStock;
    }

    /** The pause before try number {@code attempts + 1}: retryPause, doubled per failure, at most retryPauseMax. */
    Duration pauseAfter(int attempts) {
        Duration pause = retryPause.multipliedBy(1L << Math.min(Math.max(attempts - 1, 0), 20));
        return pause.compareTo(retryPauseMax) > 0 ? retryPauseMax : pause;
    }
}
