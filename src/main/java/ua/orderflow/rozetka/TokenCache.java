package ua.orderflow.rozetka;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * One shop's access token: fetched once however many threads ask at the same time, renewed before
 * its configured lifetime runs out, dropped when ROZETKA says it expired. Never logged.
 */
final class TokenCache {

    private final Supplier<String> login;
    private final Duration lifetime;
    private final Clock clock;
    private String token;
    private Instant renewAt = Instant.MIN;

    TokenCache(Supplier<String> login, Duration lifetime, Clock clock) {
        this.login = login;
        this.lifetime = lifetime;
        this.clock = clock;
    }

    synchronized String current() {
        if (token == null || !clock.instant().isBefore(renewAt)) {
            token = login.get();
            renewAt = clock.instant().plus(lifetime);
        }
        return token;
    }

    /** Drops {@code expired} unless another thread already replaced it. */
    synchronized void invalidate(String expired) {
        if (expired != null && expired.equals(token)) {
            token = null;
        }
    }
}
