package ua.orderflow.sandbox.rozetka.api;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import ua.orderflow.sandbox.clock.SandboxClock;

/** Access tokens issued by {@code POST /sites}; each lives {@code ttl} on the sandbox clock. */
public final class TokenStore {

    private static final String BEARER = "Bearer ";

    private final SandboxClock clock;
    private final Duration ttl;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Instant> expiries = new ConcurrentHashMap<>();

    public TokenStore(SandboxClock clock, Duration ttl) {
        this.clock = clock;
        this.ttl = ttl;
    }

    public String issue() {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        String token = HexFormat.of().formatHex(bytes);
        expiries.put(token, clock.now().plus(ttl));
        return token;
    }

    /** True for "Bearer &lt;token&gt;" carrying a token this sandbox issued and that has not expired. */
    public boolean accepts(String authorizationHeader) {
        String token = token(authorizationHeader);
        if (token == null) {
            return false;
        }
        Instant expiry = expiries.get(token);
        if (expiry == null) {
            return false;
        }
        if (!clock.now().isBefore(expiry)) {
            expiries.remove(token);
            return false;
        }
        return true;
    }

    public void revoke(String authorizationHeader) {
        String token = token(authorizationHeader);
        if (token != null) {
            expiries.remove(token);
        }
    }

    /** Fault injection: every client must log in again. */
    public void expireAll() {
        expiries.clear();
    }

    private static String token(String header) {
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return null;
        }
        String token = header.substring(BEARER.length()).trim();
        return token.isEmpty() ? null : token;
    }
}
