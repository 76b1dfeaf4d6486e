package ua.orderflow.rozetka;

import java.time.Duration;

/** How the client waits before it asks ROZETKA again: the thread sleeps, unless a test keeps time. */
@FunctionalInterface
interface Pauses {

    Pauses SLEEP = pause -> {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RozetkaException.Unavailable("interrupted while waiting to retry", null, e);
        }
    };

    void pause(Duration pause);
}
