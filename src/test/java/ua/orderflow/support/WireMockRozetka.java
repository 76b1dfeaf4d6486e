package ua.orderflow.support;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.springframework.mock.env.MockEnvironment;
import ua.orderflow.rozetka.RozetkaClients;
import ua.orderflow.shop.Shop;
import ua.orderflow.shop.Shops;

/**
 * A WireMock ROZETKA on a free port that logs the shop in (token-1), and the clients of a shop
 * called "wiremock" pointed at it, with no pause between retries.
 */
public final class WireMockRozetka {

    public static final String SHOP = "wiremock";

    public final WireMockServer server = new WireMockServer(WireMockConfiguration.options().dynamicPort());

    public WireMockRozetka() {
        server.start();
        server.stubFor(post("/sites").willReturn(okJson("""
                {"success":true,"content":{"id":5501,"access_token":"token-1","permissions":["order_edit"]}}""")));
    }

    public Shop shop(Duration readTimeout) {
        return new Shop(SHOP, "WireMock", server.baseUrl(), "seller", "secret", "Каса", "UA00", Duration.ofSeconds(2),
                readTimeout, Duration.ofHours(23));
    }

    public RozetkaClients clients(Shop shop, MeterRegistry registry) {
        return new RozetkaClients(new Shops(List.of(shop)), new ObjectMapper(), Clock.systemUTC(),
                new MockEnvironment(), Duration.ZERO, Duration.ofSeconds(30), registry);
    }

    public void stop() {
        server.stop();
    }
}
