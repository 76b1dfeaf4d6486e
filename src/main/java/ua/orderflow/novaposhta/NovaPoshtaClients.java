package ua.orderflow.novaposhta;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import feign.Feign;
import feign.Request;
import feign.Retryer;
import feign.jackson.JacksonDecoder;
import feign.jackson.JacksonEncoder;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import ua.orderflow.shop.NovaPoshtaAccount;
import ua.orderflow.shop.Shop;
import ua.orderflow.shop.Shops;

/** The Nova Poshta client of each shop that has an account, built on first use. */
@Component
public class NovaPoshtaClients {

    private final Shops shops;
    private final ObjectMapper json;
    private final Environment environment;
    private final Map<String, NovaPoshtaClient> clients = new ConcurrentHashMap<>();

    public NovaPoshtaClients(Shops shops, ObjectMapper json, Environment environment) {
        this.shops = shops;
        this.json = json.copy().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        this.environment = environment;
    }

    /** The shop's client; IllegalStateException in Ukrainian when the shop has no Nova Poshta account. */
    public NovaPoshtaClient forShop(String shopId) {
        return clients.computeIfAbsent(shopId, id -> {
            Shop shop = shops.byId(id);
            if (!shop.shipsWithNovaPoshta()) {
                throw new IllegalStateException("Магазин «" + id + "» не має ключа API Нової Пошти "
                        + "(orderflow.shops[].nova-poshta.api-key)");
            }
            return create(shop.novaPoshta());
        });
    }

    public NovaPoshtaClient create(NovaPoshtaAccount account) {
        NovaPoshtaApi api = Feign.builder()
                .encoder(new JacksonEncoder(json))
                .decoder(new JacksonDecoder(json))
                .options(new Request.Options(5, TimeUnit.SECONDS, account.readTimeout().toMillis(),
                        TimeUnit.MILLISECONDS, true))
                // the engine's retry cycle retries, and a save must never be replayed blindly
                .retryer(Retryer.NEVER_RETRY)
                .target(NovaPoshtaApi.class, local(account.apiUrl()));
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        return new NovaPoshtaClient(api, account.apiKey(), local(account.printUrl()), http, account.readTimeout());
    }

    /** A URL that is only a path points at this service itself, e.g. the built-in sandbox. */
    private String local(String url) {
        if (url.startsWith("/")) {
            String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
            return "http://localhost:" + port + url;
        }
        return url;
    }
}
