package ua.orderflow.sync;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import ua.orderflow.DbTime;
import ua.orderflow.shop.Shop;
import ua.orderflow.shop.Shops;
import ua.orderflow.sync.inbox.Inbox;
import ua.orderflow.sync.state.ShopSyncState;

/**
 * What a supervisor's dashboard watches: how old each shop's last good sync is, how many orders sit
 * in each stage, and how many messages wait in the inbox.
 */
@Component
public class SyncMetrics {

    static final String[] STAGES = {"NEW", "PROCESSING", "CONFIRMED", "SHIPPED", "DELIVERING", "AT_PICKUP",
        "RECEIVED", "CANCELLED"};

    public SyncMetrics(MeterRegistry registry, Shops shops, ShopSyncState state, Inbox inbox, JdbcClient jdbc,
            Clock clock) {
        for (Shop shop : shops.shops()) {
            Gauge.builder("orderflow.sync.last.success.age", () -> ageSeconds(state, shop.id(), clock))
                    .description("Seconds since the end of the last successful sync window (NaN: never synced)")
                    .baseUnit("seconds").tag("shop", shop.id()).register(registry);
            for (String stage : STAGES) {
                Gauge.builder("orderflow.orders.stage", () -> jdbc.sql(
                                "select count(*) from marketplace_order where shop_id = :shop and stage = :stage")
                                .param("shop", shop.id()).param("stage", stage).query(Long.class).single())
                        .description("Orders known per stage").tag("shop", shop.id()).tag("stage", stage)
                        .register(registry);
            }
        }
        Gauge.builder("orderflow.sync.inbox.backlog", inbox::backlog)
                .description("Messages waiting for an order instance that could not take them yet")
                .register(registry);
    }

    private static double ageSeconds(ShopSyncState state, String shopId, Clock clock) {
        return state.lastSuccessTo(shopId)
                .map(to -> (double) Duration.between(to, DbTime.now(clock))
                        .toSeconds())
                .orElse(Double.NaN);
    }
}
