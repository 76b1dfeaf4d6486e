package ua.orderflow.sandbox.generator;

import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.stereotype.Component;
import ua.orderflow.sandbox.ConditionalOnSandbox;
import ua.orderflow.sandbox.SandboxProperties;
import ua.orderflow.sandbox.rozetka.order.ListedStock;
import ua.orderflow.sandbox.rozetka.order.OrderBook;

/**
 * Buyers placing orders from what ROZETKA lists in stock: one new order (status 1) every 60/N seconds for
 * {@code orderflow.sandbox.generator.orders-per-minute} = N; 0 turns it off (tests do).
 */
@Component
@ConditionalOnSandbox
public class OrderGenerator implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OrderGenerator.class);

    private final OrderBook book;
    private final ListedStock listing;
    private final double ordersPerMinute;
    private ThreadPoolTaskScheduler scheduler;
    private ScheduledFuture<?> task;

    public OrderGenerator(OrderBook book, ListedStock listing, SandboxProperties properties) {
        this.book = book;
        this.listing = listing;
        this.ordersPerMinute = properties.generator().ordersPerMinute();
    }

    @Override
    public synchronized void start() {
        if (ordersPerMinute <= 0) {
            log.info("Sandbox order generator is off");
            return;
        }
        Duration every = Duration.ofMillis(Math.max(1, Math.round(60_000 / ordersPerMinute)));
        scheduler = new ThreadPoolTaskScheduler();
        scheduler.setThreadNamePrefix("sandbox-orders-");
        scheduler.setDaemon(true);
        scheduler.initialize();
        task = scheduler.scheduleAtFixedRate(this::placeOrder, every);
        log.info("Sandbox order generator: a new ROZETKA order every {} s", every.toMillis() / 1000.0);
    }

    private void placeOrder() {
        try {
            // buyers order what ROZETKA lists in stock, never an item listed at 0
            if (book.create(1, null, listing).isEmpty()) {
                log.debug("Sandbox order generator: nothing listed in stock");
            }
        } catch (RuntimeException e) {
            log.warn("Sandbox order generator failed to place an order", e);
        }
    }

    @Override
    public synchronized void stop() {
        if (task != null) {
            task.cancel(false);
            scheduler.shutdown();
            task = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return task != null;
    }
}
