package ua.orderflow.rozetka;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import feign.Feign;
import feign.Request;
import feign.Retryer;
import feign.jackson.JacksonEncoder;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import ua.orderflow.shop.Shop;
import ua.orderflow.shop.Shops;

/** The Seller API client of each configured shop, built on first use and kept with its token. */
@Component
public class RozetkaClients {

    private final Shops shops;
    private final ObjectMapper json;
    private final Clock clock;
    private final Map<String, RozetkaClient> clients = new ConcurrentHashMap<>();
    private final Map<String, RozetkaMessages> messages = new ConcurrentHashMap<>();
    private final Map<String, RozetkaGoods> goods = new ConcurrentHashMap<>();
    private final Duration retryPause;
    private final Duration retryAfterMax;
    private final Pauses pauses;

    private final Environment environment;
    private final MeterRegistry registry;

    /**
     * {@code retryPause}: between two tries of a read; {@code retryAfterMax}: the longest rest after a
     * 429 a call waits out, a longer one fails calls at once until it is over.
     */
    @Autowired
    public RozetkaClients(Shops shops, ObjectMapper json, Clock clock, Environment environment,
            @Value("${orderflow.rozetka.retry-pause:200ms}") Duration retryPause,
            @Value("${orderflow.rozetka.retry-after-max:30s}") Duration retryAfterMax, MeterRegistry registry) {
        this(shops, json, clock, environment, retryPause, retryAfterMax, registry, Pauses.SLEEP);
    }

    RozetkaClients(Shops shops, ObjectMapper json, Clock clock, Environment environment, Duration retryPause,
            Duration retryAfterMax, MeterRegistry registry, Pauses pauses) {
        this.environment = environment;
        this.registry = registry;
        this.retryPause = retryPause;
        this.retryAfterMax = retryAfterMax;
        this.pauses = pauses;
        this.shops = shops;
        this.json = json.copy().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        this.clock = clock;
    }

    public RozetkaClient forShop(String shopId) {
        return clients.computeIfAbsent(shopId, id -> create(shops.byId(id)));
    }

    /** A base URL that is only a path points at this service itself, e.g. the built-in sandbox. */
    private String baseUrl(Shop shop) {
        String url = shop.baseUrl();
        if (url != null && url.startsWith("/")) {
            String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
            return "http://localhost:" + port + url;
        }
        return url;
    }

    /** The chats with buyers of a configured shop, on that shop's client (and token). */
    public RozetkaMessages messages(String shopId) {
        return messages.computeIfAbsent(shopId, id -> {
            Shop shop = shops.byId(id);
            return new RozetkaMessages(forShop(id), target(shop, SellerMessagesApi.class), clock);
        });
    }

    /** A client for a shop outside the configuration (tests, a one-off check of credentials). */
    public RozetkaClient create(Shop shop) {
        return new RozetkaClient(shop, target(shop, SellerApi.class), json, clock, retryPause, pauses, retryAfterMax);
    }

    /** The shop's goods and their stock and prices, on the shop's client (its token). */
    public RozetkaGoods goods(String shopId) {
        return goods.computeIfAbsent(shopId, id -> goods(forShop(id), shops.byId(id)));
    }

    /** The goods of a shop outside the configuration (tests). */
    public RozetkaGoods goods(RozetkaClient client, Shop shop) {
        return new RozetkaGoods(client, target(shop, GoodsApi.class), json);
    }

    private <T> T target(Shop shop, Class<T> api) {
        return Feign.builder()
                .encoder(new JacksonEncoder(json))
                .decoder(new BoundedJsonDecoder(json, BoundedJsonDecoder.MAX_BYTES))
                .errorDecoder(new HttpErrors(clock))
                .options(new Request.Options(shop.connectTimeout().toMillis(), TimeUnit.MILLISECONDS,
                        shop.readTimeout().toMillis(), TimeUnit.MILLISECONDS, true))
                // retries are the caller's choice: the process engine retries pushes, the sync its window
                .retryer(Retryer.NEVER_RETRY)
                .invocationHandlerFactory(new CallMetrics(registry, shop.id()))
                .target(api, baseUrl(shop));
    }
}
