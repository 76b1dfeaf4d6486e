package ua.orderflow.sandbox.generator;

import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

/** A generator whose turn repeats on a daemon thread of its own, so many a minute, while the app runs. */
abstract class Repeating implements SmartLifecycle {

    private final String threadPrefix;
    private ThreadPoolTaskScheduler scheduler;
    private ScheduledFuture<?> task;

    Repeating(String threadPrefix) {
        this.threadPrefix = threadPrefix;
    }

    /** Starts {@code turn} every 60/{@code perMinute} seconds; returns that period. */
    synchronized Duration repeat(double perMinute, Runnable turn) {
        Duration every = Duration.ofMillis(Math.max(1, Math.round(60_000 / perMinute)));
        scheduler = new ThreadPoolTaskScheduler();
        scheduler.setThreadNamePrefix(threadPrefix);
        scheduler.setDaemon(true);
        scheduler.initialize();
        task = scheduler.scheduleAtFixedRate(turn, every);
        return every;
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
