package ua.orderflow.sandbox.generator;

import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

/** A generator's turn, repeated on a daemon thread of its own at a rate of so many a minute. */
final class Repeating {

    private final String threadPrefix;
    private ThreadPoolTaskScheduler scheduler;
    private ScheduledFuture<?> task;

    Repeating(String threadPrefix) {
        this.threadPrefix = threadPrefix;
    }

    /** Starts {@code turn} every 60/{@code perMinute} seconds; returns that period. */
    synchronized Duration start(double perMinute, Runnable turn) {
        Duration every = Duration.ofMillis(Math.max(1, Math.round(60_000 / perMinute)));
        scheduler = new ThreadPoolTaskScheduler();
        scheduler.setThreadNamePrefix(threadPrefix);
        scheduler.setDaemon(true);
        scheduler.initialize();
        task = scheduler.scheduleAtFixedRate(turn, every);
        return every;
    }

    synchronized void stop() {
        if (task != null) {
            task.cancel(false);
            scheduler.shutdown();
            task = null;
        }
    }

    synchronized boolean running() {
        return task != null;
    }
}
