package ua.orderflow.sync;

import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import ua.orderflow.sync.state.ShopSyncState;

/**
 * Renews the leases of the runs this node has under way, a third of a lease apart. The lease can
 * then be short (a minute): a node that dies gives its shops up within a minute, while a live run
 * keeps its shop however long ROZETKA takes to answer a page.
 */
@Component
public class LeaseKeeper {

    private static final Logger log = LoggerFactory.getLogger(LeaseKeeper.class);

    private final ShopSyncState state;
    private final NodeId node;
    private final Duration lease;
    private final Set<String> held = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "orderflow-lease-keeper");
        thread.setDaemon(true);
        return thread;
    });

    public LeaseKeeper(ShopSyncState state, NodeId node, SyncProperties properties) {
        this.state = state;
        this.node = node;
        this.lease = properties.lease();
        long every = Math.max(1, lease.toMillis() / 3);
        timer.scheduleWithFixedDelay(this::renewAll, every, every, TimeUnit.MILLISECONDS);
    }

    /** Takes the shop's lease for this node; false when another live node holds it. */
    public boolean take(String shopId) {
        if (!state.tryLease(shopId, node.get(), lease)) {
            return false;
        }
        held.add(shopId);
        return true;
    }

    public void giveUp(String shopId) {
        held.remove(shopId);
        state.release(shopId, node.get());
    }

    /** Every lease this node holds, one lease length on from now. */
    void renewAll() {
        for (String shopId : held) {
            try {
                if (!state.tryLease(shopId, node.get(), lease)) {
                    log.warn("Shop {}: lease lost to another node while a run was under way", shopId);
                }
            } catch (RuntimeException e) {
                log.warn("Shop {}: lease not renewed ({}); the next renewal tries again", shopId, e.getMessage());
            }
        }
    }

    @PreDestroy
    void stop() {
        timer.shutdownNow();
    }
}
