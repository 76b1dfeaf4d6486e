package ua.orderflow.process.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Failed logins counted per client and user, not per user: the engine's own throttle delays a user's
 * next login for everybody, so one wrong guess a minute from a stranger kept the admin out for good.
 * Here a client that keeps guessing waits longer and longer, and only that client.
 */
final class LoginThrottle {

    /** Wrong passwords a client may type for a user before it has to wait. */
    static final int FREE_ATTEMPTS = 5;
    static final Duration FIRST_WAIT = Duration.ofSeconds(2);
    static final Duration LONGEST_WAIT = Duration.ofMinutes(5);
    /** So that a flood of made-up users and addresses cannot fill the memory. */
    static final int MAX_TRACKED = 10_000;

    private record Failures(int count, Instant blockedUntil) {
    }

    private final Clock clock;
    private final Map<String, Failures> failures = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Failures> eldest) {
            return size() > MAX_TRACKED;
        }
    };

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long this client must still wait before it may try this user again; zero when it may now. */
    synchronized Duration waitFor(String client, String user) {
        Failures f = failures.get(key(client, user));
        if (f == null || f.blockedUntil() == null) {
            return Duration.ZERO;
        }
        Duration left = Duration.between(clock.instant(), f.blockedUntil());
        return left.isNegative() ? Duration.ZERO : left;
    }

    synchronized void failed(String client, String user) {
        String key = key(client, user);
        Failures before = failures.get(key);
        int count = before == null ? 1 : before.count() + 1;
        Instant until = null;
        if (count >= FREE_ATTEMPTS) {
            long doublings = Math.min(count - FREE_ATTEMPTS, 20);
            Duration wait = FIRST_WAIT.multipliedBy(1L << doublings);
            until = clock.instant().plus(wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait);
        }
        failures.put(key, new Failures(count, until));
    }

    synchronized void succeeded(String client, String user) {
        failures.remove(key(client, user));
    }

    private static String key(String client, String user) {
        return client + '\n' + user;
    }
}
