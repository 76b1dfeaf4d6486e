package ua.orderflow.sync;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import ua.orderflow.CachedValue;
import ua.orderflow.DbTime;
import ua.orderflow.order.OrderStage;
import ua.orderflow.shop.Shop;
import ua.orderflow.shop.Shops;
import ua.orderflow.sync.inbox.Inbox;
import ua.orderflow.sync.intake.MarketplaceOrders;
import ua.orderflow.sync.journal.RunOutcome;
import ua.orderflow.sync.state.ShopSyncState;

/**
 * What a supervisor's dashboard watches: how each shop's sync runs end and how long they take, how
 * old its last good sync is, how many orders sit in each stage, and how many messages wait in the
 * inbox. Gauges over our tables are cached ({@link CachedValue}), so a scrape costs no query.
 */
@Component
public class SyncMetrics {

    private final MeterRegistry registry;

    public SyncMetrics(MeterRegistry registry, Shops shops, ShopSyncState state, Inbox inbox,
            MarketplaceOrders orders, Clock clock, @Value(CachedValue.REFRESH) Duration refresh) {
        this.registry = registry;
        io.micrometer.core.instrument.Clock ticker = registry.config().clock();
        // one grouped query serves every shop's and stage's gauge
        CachedValue<Map<String, Map<String, Long>>> stages =
                new CachedValue<>(orders::countsByShopAndStage, refresh, ticker);
        for (Shop shop : shops.shops()) {
            CachedValue<Optional<LocalDateTime>> lastSuccess =
                    new CachedValue<>(() -> state.lastSuccessTo(shop.id()), refresh, ticker);
            Gauge.builder("orderflow.sync.last.success.age", () -> ageSeconds(lastSuccess.get(), clock))
                    .description("Seconds since the end of the last successful sync window (NaN: never synced); "
                            + "the window's end is read at most once per " + refresh.toSeconds() + " s")
                    .baseUnit("seconds").tag("shop", shop.id()).register(registry);
            for (OrderStage stage : OrderStage.values()) {
                Gauge.builder("orderflow.orders.stage", () -> count(stages.get(), shop.id(), stage.name()))
                        .description("Orders known per stage").tag("shop", shop.id()).tag("stage", stage.name())
                        .register(registry);
            }
        }
        CachedValue<Long> backlog = new CachedValue<>(inbox::backlog, refresh, ticker);
        Gauge.builder("orderflow.sync.inbox.backlog", backlog::get)
                .description("Messages waiting for an order instance that could not take them yet")
                .register(registry);
    }

    /** Starts timing a run; hand the sample to {@link #runEnded}. */
    public Timer.Sample runStarted() {
        return Timer.start(registry);
    }

    public void runEnded(Timer.Sample started, String shopId, RunOutcome outcome) {
        String tag = outcome.name().toLowerCase(Locale.ROOT);
        Counter.builder("orderflow.sync.runs").description("Sync runs by how they ended")
                .tag("shop", shopId).tag("outcome", tag).register(registry).increment();
        started.stop(Timer.builder("orderflow.sync.run.duration").description("How long sync runs take")
                .tag("shop", shopId).tag("outcome", tag).register(registry));
    }

    private static Double ageSeconds(Optional<LocalDateTime> lastSuccessTo, Clock clock) {
        if (lastSuccessTo == null) {
            return null;
        }
        return lastSuccessTo.map(to -> (double) Duration.between(to, DbTime.now(clock)).toSeconds())
                .orElse(Double.NaN);
    }

    private static Long count(Map<String, Map<String, Long>> counts, String shopId, String stage) {
        return counts == null ? null : counts.getOrDefault(shopId, Map.of()).getOrDefault(stage, 0L);
    }
}
