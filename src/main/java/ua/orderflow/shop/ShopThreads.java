package ua.orderflow.shop;

import jakarta.annotation.PreDestroy;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Each shop's periodic work on a thread of its own, one piece of each kind per shop at a time. The
 * schedulers only hand work out here: Spring runs every {@code @Scheduled} method on one thread, so a
 * loop over the shops there would make every shop wait for the slowest one, and every other loop too
 * (a shop whose ROZETKA hangs for its 30-second read timeout held up the new-order checks of all).
 */
@Component
public class ShopThreads {

    private static final Logger log = LoggerFactory.getLogger(ShopThreads.class);

    private final Set<String> busy = ConcurrentHashMap.newKeySet();
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread thread = new Thread(r, "orderflow-shop-work");
        thread.setDaemon(true);
        return thread;
    });

    /**
     * Starts the shop's work of this kind unless the shop is still at the last one; false then.
     * A failure is logged, and the next round tries again.
     */
    public boolean start(String kind, String shopId, Runnable work) {
        String key = key(kind, shopId);
        if (!busy.add(key)) {
            return false;
        }
        try {
            threads.execute(() -> {
                try {
                    work.run();
                } catch (RuntimeException e) {
                    log.error("Shop {}: {} failed", shopId, kind, e);
                } finally {
                    busy.remove(key);
                }
            });
            return true;
        } catch (RuntimeException rejected) {
            busy.remove(key);
            throw rejected;
        }
    }

    /** Whether the shop is still at its last work of this kind. */
    public boolean busy(String kind, String shopId) {
        return busy.contains(key(kind, shopId));
    }

    /** Whether any shop is at any work. */
    public boolean anyBusy() {
        return !busy.isEmpty();
    }

    private static String key(String kind, String shopId) {
        return kind + '\u0000' + shopId;
    }

    @PreDestroy
    public void stop() {
        threads.shutdownNow();
    }
}
