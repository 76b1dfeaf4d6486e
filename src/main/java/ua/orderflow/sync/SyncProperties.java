package ua.orderflow.sync;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code orderflow.sync.*}: how often to sync, how far back the first sync looks, how much each
 * window overlaps the last good one (seed 000: one day), how long a node holds a shop, and how long
 * the journal keeps a run that found nothing.
 *
 * @param enabled whether this node runs the sync loop
 * @param interval the period of a full sync of every shop (at least PT10S)
 * @param countsNewInterval how often ROZETKA's new-order count is asked between full syncs
 * @param firstLookback how far back a shop's first sync looks
 * @param overlap how much each sync window overlaps the last good one
 * @param lease how long a node holds a shop for one sync run
 * @param runRetention how long the journal keeps a run that found nothing (OK, nothing imported or updated, no events)
 * @param orderThreads how many of a page's orders a run brings into line at once (1: one after another)
 */
@ConfigurationProperties("orderflow.sync")
public record SyncProperties(
        // as SyncScheduler's condition reads a missing key, so the metadata's default tells the truth
        @DefaultValue("true") boolean enabled,
        Duration interval,
        Duration countsNewInterval,
        Duration firstLookback,
        Duration overlap,
        Duration lease,
        Duration runRetention,
        @DefaultValue("4") int orderThreads) {

    static final Duration MIN_INTERVAL = Duration.ofSeconds(10);

    public SyncProperties {
        interval = interval == null ? Duration.ofSeconds(60) : interval;
        if (interval.compareTo(MIN_INTERVAL) < 0) {
            throw new IllegalArgumentException("orderflow.sync.interval must be at least PT10S, was " + interval);
        }
        countsNewInterval = countsNewInterval == null ? Duration.ofSeconds(10) : countsNewInterval;
        firstLookback = firstLookback == null ? Duration.ofDays(1) : firstLookback;
        overlap = overlap == null ? Duration.ofDays(1) : overlap;
        lease = lease == null ? Duration.ofMinutes(1) : lease;
        runRetention = runRetention == null ? Duration.ofDays(7) : runRetention;
        if (orderThreads < 1) {
            throw new IllegalArgumentException("orderflow.sync.order-threads must be at least 1, was " + orderThreads);
        }
    }
}
