package ua.orderflow.sync;

import jakarta.annotation.PreDestroy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * Brings a page's orders into line on up to {@code orderflow.sync.order-threads} threads at once.
 * Each order's sync is a short transaction of its own that mostly waits on the database; one thread
 * doing them in turn left a core idle while a page of changes was worked through. The calling thread
 * works too, so a run goes on even while every helper serves another shop. Items with the same key
 * (an order that came on a page twice) are done in turn, on one thread.
 */
@Component
public class PageWorkers {

    private final int threads;
    private final ExecutorService helpers;
    private final AtomicInteger named = new AtomicInteger();

    public PageWorkers(SyncProperties properties) {
        this.threads = properties.orderThreads();
        // shared by every shop's runs; a run takes back the helpers that had not started when its page was done
        this.helpers = Executors.newFixedThreadPool(Math.max(1, threads - 1), r -> {
            Thread thread = new Thread(r, "orderflow-sync-order-" + named.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Runs the work for every item and returns when all are done. The work handles its own failures;
     * the first that escapes is thrown here once the rest of the page has been done.
     */
    public <T> void each(List<T> items, Function<T, ?> key, Consumer<T> work) {
        Map<Object, List<T>> groups = new LinkedHashMap<>();
        items.forEach(item -> groups.computeIfAbsent(key.apply(item), k -> new ArrayList<>()).add(item));
        Queue<List<T>> left = new ConcurrentLinkedQueue<>(groups.values());
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        // a failure stops only its own group: whichever thread meets it goes on with the rest of the page
        Runnable drain = () -> {
            List<T> group;
            while ((group = left.poll()) != null) {
                try {
                    group.forEach(work);
                } catch (RuntimeException e) {
                    failure.compareAndSet(null, e);
                }
            }
        };
        List<Helper> started = new ArrayList<>();
        for (int i = 1; i < Math.min(threads, groups.size()); i++) {
            Helper helper = new Helper();
            helper.done = helpers.submit(() -> {
                if (helper.claimed.compareAndSet(false, true)) {
                    drain.run();
                }
            });
            started.add(helper);
        }
        drain.run();
        for (Helper helper : started) {
            // a helper still queued behind another shop's page would find nothing left: not waited for
            if (helper.claimed.compareAndSet(false, true)) {
                continue;
            }
            try {
                helper.done.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while the page's orders were synced", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("a helper failed while the page's orders were synced", e.getCause());
            }
        }
        if (failure.get() != null) {
            throw failure.get();
        }
    }

    /** A helper's task; claimed by the helper when it starts, or by the run when it no longer needs it. */
    private static final class Helper {
        final AtomicBoolean claimed = new AtomicBoolean();
        Future<?> done;
    }

    @PreDestroy
    void stop() {
        helpers.shutdownNow();
    }
}
