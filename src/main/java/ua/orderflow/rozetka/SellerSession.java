package ua.orderflow.rozetka;

import com.fasterxml.jackson.databind.JsonNode;
import feign.FeignException;
import feign.RetryableException;
import feign.codec.DecodeException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ua.orderflow.shop.Shop;

/**
 * One shop's calls of the Seller API: its token, logged in again once when it expired, the quiet
 * period after a 429, the retries of a read, and every failure as a {@link RozetkaException}.
 */
final class SellerSession {

    // the logger keeps the name it had in RozetkaClient, so log settings made for the client still apply
    private static final Logger log = LoggerFactory.getLogger(RozetkaClient.class);
    private static final int READ_ATTEMPTS = 3;
    /** The rest after a 429 without Retry-After, in retry pauses: no source says what ROZETKA wants. */
    private static final int REST_WITHOUT_RETRY_AFTER = 10;

    private final Shop shop;
    private final SellerApi api;
    private final TokenCache token;
    private final Duration retryPause;
    private final Pauses pauses;
    private final QuietPeriod quiet;

    SellerSession(Shop shop, SellerApi api, Clock clock, Duration retryPause, Pauses pauses, Duration longestWait) {
        this.shop = shop;
        this.api = api;
        this.retryPause = retryPause;
        this.pauses = pauses;
        this.quiet = new QuietPeriod(clock, pauses, longestWait);
        this.token = new TokenCache(this::login, shop.tokenLifetime(), clock);
    }

    private String login() {
        String password = Base64.getEncoder().encodeToString(
                (shop.password() == null ? "" : shop.password()).getBytes(StandardCharsets.UTF_8));
        JsonNode content = call(() -> api.login(Map.of("username", shop.username(), "password", password)));
        String accessToken = content.path("access_token").asText(null);
        if (accessToken == null || accessToken.isBlank()) {
            throw new RozetkaException.Unavailable("ROZETKA's login answer has no access_token", null, null);
        }
        return accessToken;
    }

    /**
     * A read may be repeated safely: a 5xx, a timeout or a dropped connection is tried again twice,
     * with a short pause, a 429 after the rest ROZETKA asked for, before the caller sees
     * {@link RozetkaException.Unavailable} (or its {@link RozetkaException.RateLimited}).
     */
    JsonNode idempotent(Function<String, JsonNode> request) {
        for (int attempt = 1; ; attempt++) {
            try {
                return authorized(request);
            } catch (RozetkaException.RateLimited e) {
                // the quiet period holds the next attempt back, or fails it at once if it is long
                if (attempt >= READ_ATTEMPTS || !quiet.worthWaiting()) {
                    throw e;
                }
            } catch (RozetkaException.Unavailable e) {
                if (attempt >= READ_ATTEMPTS) {
                    throw e;
                }
                pauses.pause(retryPause.multipliedBy(attempt));
            }
        }
    }

    JsonNode authorized(Function<String, JsonNode> request) {
        String current = token.current();
        try {
            return call(() -> request.apply(current));
        } catch (RozetkaException.TokenExpired expired) {
            token.invalidate(current);
            String renewed = token.current();
            try {
                return call(() -> request.apply(renewed));
            } catch (RozetkaException.TokenExpired again) {
                throw new RozetkaException.AuthenticationRefused(
                        "ROZETKA refused a fresh token for shop " + shop.id() + ": " + again.getMessage(), again.code());
            }
        }
    }

    private JsonNode call(Supplier<JsonNode> request) {
        quiet.awaitEnd();
        try {
            return envelope(request);
        } catch (RozetkaException.RateLimited e) {
            Duration rest = e.retryAfter().orElse(retryPause.multipliedBy(REST_WITHOUT_RETRY_AFTER));
            log.warn("ROZETKA rate-limited shop {} (HTTP 429); no calls for {} ms", shop.id(), rest.toMillis());
            quiet.begin(rest);
            throw e;
        }
    }

    private static JsonNode envelope(Supplier<JsonNode> request) {
        try {
            return Envelope.content(request.get());
        } catch (RozetkaException e) {
            throw e;
        } catch (RetryableException e) {
            throw new RozetkaException.Unavailable("ROZETKA unreachable: " + e.getMessage(), null, e);
        } catch (DecodeException e) {
            if (e.getCause() instanceof RozetkaException rozetka) {
                throw rozetka;
            }
            throw garbled(e);
        } catch (FeignException e) {
            if (e.getCause() instanceof RozetkaException rozetka) {
                throw rozetka;
            }
            // Feign wraps a body that broke off mid-read (truncated JSON) as an error "reading" a 200
            if (e.status() >= 200 && e.status() < 300 && e.getCause() instanceof java.io.IOException) {
                throw garbled(e);
            }
            throw new RozetkaException.Unavailable("ROZETKA call failed: HTTP " + e.status(), e.status(), e);
        }
    }

    private static RozetkaException.Garbled garbled(FeignException e) {
        return new RozetkaException.Garbled("ROZETKA's answer was cut off or is not valid JSON (HTTP " + e.status()
                + ")", "вона обірвана або не є коректним JSON", e.status(), e);
    }
}
