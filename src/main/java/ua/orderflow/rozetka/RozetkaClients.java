package ua.orderflow.rozetka;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import feign.Feign;
import feign.Request;
import feign.Retryer;
import feign.jackson.JacksonDecoder;
import feign.jackson.JacksonEncoder;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.annotation.Value;
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
    private final long retryPauseMillis;

    public RozetkaClients(Shops shops, ObjectMapper json, Clock clock,
            @Value("${orderflow.rozetka.retry-pause:200ms}") Duration retryPause) {
        this.retryPauseMillis = retryPause.toMillis();
        this.shops = shops;
        this.json = json.copy().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        this.clock = clock;
    }

    public RozetkaClient forShop(String shopId) {
        return clients.computeIfAbsent(shopId, id -> create(shops.byId(id)));
    }

    /** A client for a shop outside the configuration (tests, a one-off check of credentials). */
    public RozetkaClient create(Shop shop) {
        SellerApi api = Feign.builder()
                .encoder(new JacksonEncoder(json))
                .decoder(new JacksonDecoder(json))
                .errorDecoder(new HttpErrors())
                .options(new Request.Options(shop.connectTimeout().toMillis(), TimeUnit.MILLISECONDS,
                        shop.readTimeout().toMillis(), TimeUnit.MILLISECONDS, true))
                // retries are the caller's choice: the process engine retries pushes, the sync its window
                .retryer(Retryer.NEVER_RETRY)
                .target(SellerApi.class, shop.baseUrl());
        return new RozetkaClient(shop, api, json, clock, retryPauseMillis);
    }
}
