package ua.orderflow.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import ua.orderflow.sync.journal.RunOutcome;
import ua.orderflow.sync.journal.SyncJournal;
import ua.orderflow.sync.state.ShopSyncState;
import ua.orderflow.support.PostgresIntegrationTest;

/**
 * A node killed while it holds a shop's lease stops nobody for long: its lease is a minute, it takes
 * its own lease back when it restarts, and the run it left RUNNING is marked failed.
 */
@PostgresIntegrationTest
class DeadNodeIT {

    private static final String SHOP = "sandbox";

    @Autowired
    ShopSync sync;
    @Autowired
    ShopSyncState state;
    @Autowired
    SyncJournal journal;
    @Autowired
    NodeId node;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void freeTheShop() {
        jdbc.sql("update sync_shop_state set lease_owner = null, lease_until = null where shop_id = :shop")
                .param("shop", SHOP).update();
    }

    @Test
    void aDeadNodesLeaseRunsOutWithinAMinuteAndItsRunIsMarkedFailed() {
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        long dead = journal.startRun(SHOP, "SCHEDULED", now.minusDays(1), now);
        assertThat(state.tryLease(SHOP, "killed-node:8080", java.time.Duration.ofMinutes(1))).isTrue();
        // while the dead node's minute lasts, nobody else syncs the shop
        assertThat(sync.sync(SHOP, "MANUAL")).isEmpty();

        lease(SHOP, "killed-node:8080", now.minusSeconds(1));
        var run = sync.sync(SHOP, "MANUAL");
        assertThat(run).isPresent();
        assertThat(run.get().outcome()).isNotEqualTo(RunOutcome.RUNNING);
        var abandoned = journal.run(dead).orElseThrow();
        assertThat(abandoned.outcome()).isEqualTo(RunOutcome.FAILED);
        assertThat(abandoned.error()).contains("вузол").contains("зупинився");
        assertThat(abandoned.finishedAt()).isNotNull();
    }

    @Test
    void aRestartedNodeTakesItsOwnLeaseBackAtOnce() {
        // the lease this node held when it was killed has most of its minute left
        lease(SHOP, node.get(), LocalDateTime.now(ZoneOffset.UTC).plusSeconds(50));
        assertThat(sync.sync(SHOP, "MANUAL")).isPresent();
    }

    @Test
    void theLeaseIsFreeAgainAfterTheRun() {
        assertThat(sync.sync(SHOP, "MANUAL")).isPresent();
        assertThat(jdbc.sql("select lease_owner from sync_shop_state where shop_id = :shop").param("shop", SHOP)
                .query(String.class).optional()).isEmpty();
    }

    private void lease(String shop, String owner, LocalDateTime until) {
        state.tryLease(shop, "anyone", java.time.Duration.ZERO);
        jdbc.sql("update sync_shop_state set lease_owner = :owner, lease_until = :until where shop_id = :shop")
                .param("owner", owner).param("until", until).param("shop", shop).update();
    }
}
