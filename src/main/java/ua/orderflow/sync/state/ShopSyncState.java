package ua.orderflow.sync.state;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import ua.orderflow.DbTime;

/**
 * A shop's sync window and its lease. The lease is a conditional UPDATE, so it works the same on H2
 * and PostgreSQL and across nodes: whoever updates the row holds the shop until the lease runs out.
 */
@Repository
public class ShopSyncState {

    private final JdbcClient jdbc;
    private final Clock clock;

    public ShopSyncState(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public boolean tryLease(String shopId, String owner, Duration length) {
        ensureRow(shopId);
        LocalDateTime now = now();
        return jdbc.sql("""
                update sync_shop_state set lease_owner = :owner, lease_until = :until
                where shop_id = :shop and (lease_until is null or lease_until < :now or lease_owner = :owner)""")
                .param("owner", owner).param("until", now.plus(length)).param("shop", shopId).param("now", now)
                .update() == 1;
    }

    public void release(String shopId, String owner) {
        jdbc.sql("update sync_shop_state set lease_owner = null, lease_until = null where shop_id = :shop and lease_owner = :owner")
                .param("shop", shopId).param("owner", owner).update();
    }

    /** The upper edge of the last window that synced successfully, in UTC. */
    public Optional<LocalDateTime> lastSuccessTo(String shopId) {
        return jdbc.sql("select last_success_to from sync_shop_state where shop_id = :shop")
                .param("shop", shopId).query(LocalDateTime.class).optional();
    }

    public void moveWindow(String shopId, LocalDateTime successTo) {
        ensureRow(shopId);
        jdbc.sql("update sync_shop_state set last_success_to = :to where shop_id = :shop")
                .param("to", successTo).param("shop", shopId).update();
    }

    private void ensureRow(String shopId) {
        if (jdbc.sql("select count(*) from sync_shop_state where shop_id = :shop").param("shop", shopId)
                .query(Long.class).single() == 0) {
            try {
                jdbc.sql("insert into sync_shop_state (shop_id) values (:shop)").param("shop", shopId).update();
            } catch (DuplicateKeyException anotherNodeWasFirst) {
                // the row exists now, which is all we need
            }
        }
    }

    private LocalDateTime now() {
        return DbTime.now(clock);
    }
}
