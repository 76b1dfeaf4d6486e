package ua.orderflow.sandbox.rozetka.api;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import ua.orderflow.sandbox.clock.SandboxClock;

/**
 * Access tokens issued by {@code POST /sites}; each lives {@code ttl} on the sandbox clock and opens
 * the seller account that logged in for it.
 */
public final class TokenStore {

    private static final String BEARER = "Bearer ";

    private final SandboxClock clock;
    private final Duration ttl;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Issued> expiries = new ConcurrentHashMap<>();

    /** {@code seller} null: the default seller account's. */
    private record Issued(Instant expiry, String seller) {
    }

    public TokenStore(SandboxClock clock, Duration ttl) {
        this.clock = clock;
        this.ttl = ttl;
    }

    /** A token of the default seller account. */
    public String issue() {
        return issue(null);
    }

    /** A token of the seller account with this login. */
    public String issue(String seller) {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        String token = HexFormat.of().formatHex(bytes);
        expiries.put(token, new Issued(clock.now().plus(ttl), seller));
        return token;
    }

    /** True for "Bearer &lt;token&gt;" carrying a token this sandbox issued and that has not expired. */
    public boolean accepts(String authorizationHeader) {
        return valid(authorizationHeader) != null;
    }

    /**
     * The login of the seller a valid token belongs to; empty for the default seller's, and for a
     * token that is not valid (ask {@link #accepts} first).
     */
    public Optional<String> seller(String authorizationHeader) {
        Issued issued = valid(authorizationHeader);
        return issued == null ? Optional.empty() : Optional.ofNullable(issued.seller());
    }

    private Issued valid(String authorizationHeader) {
        String token = token(authorizationHeader);
        if (token == null) {
            return null;
        }
        Issued issued = expiries.get(token);
        if (issued == null) {
            return null;
        }
        if (!clock.now().isBefore(issued.expiry())) {
            expiries.remove(token);
            return null;
        }
        return issued;
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
