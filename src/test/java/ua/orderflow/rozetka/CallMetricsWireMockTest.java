package ua.orderflow.rozetka;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ua.orderflow.shop.Shop;
import ua.orderflow.support.WireMockRozetka;

/** Every Seller API call is timed once per attempt, tagged by endpoint template and how it ended. */
class CallMetricsWireMockTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private WireMockServer rozetka;
    private RozetkaClient client;
    private WireMockRozetka wireMock;

    @BeforeEach
    void startRozetka() {
        wireMock = new WireMockRozetka();
        rozetka = wireMock.server;
        Shop shop = wireMock.shop(Duration.ofSeconds(2));
        client = wireMock.clients(shop, registry).create(shop);
    }

    @AfterEach
    void stopRozetka() {
        wireMock.stop();
    }

    @Test
    void aCallIsTaggedByItsEndpointTemplateNeverByTheOrderId() {
        rozetka.stubFor(get(urlPathEqualTo("/orders/812345678")).willReturn(okJson("""
                {"success":true,"content":{"id":812345678,"status":26,"status_group":1}}""")));

        client.order(812345678L, "purchases");

        assertThat(calls("sites", "POST", "ok")).isEqualTo(1);
        assertThat(calls("orders/{id}", "GET", "ok")).isEqualTo(1);
        assertThat(registry.find(CallMetrics.NAME).timers()).extracting(t -> t.getId().getTag("endpoint"))
                .containsOnly("sites", "orders/{id}");
        assertThat(registry.get(CallMetrics.NAME).tag("endpoint", "orders/{id}").timer().totalTime(
                java.util.concurrent.TimeUnit.NANOSECONDS)).isPositive();
    }

    @Test
    void aRefusalWithHttp200IsRefused() {
        rozetka.stubFor(get(urlPathEqualTo("/orders/counts-new")).willReturn(okJson("""
                {"success":false,"errors":{"message":"access_denied","code":1010}}""")));

        assertThatThrownBy(client::countsNew).isInstanceOf(RozetkaException.class);

        assertThat(calls("orders/counts-new", "GET", "refused")).isEqualTo(1);
    }

    @Test
    void serverErrorsAndDroppedConnectionsFailEachAttempt() {
        rozetka.stubFor(get(urlPathEqualTo("/orders/counts-new")).willReturn(aResponse().withStatus(503)));
        rozetka.stubFor(get(urlPathEqualTo("/order-statuses/search"))
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        assertThatThrownBy(client::countsNew).isInstanceOf(RozetkaException.Unavailable.class);
        assertThatThrownBy(client::orderStatuses).isInstanceOf(RozetkaException.Unavailable.class);

        // a read is tried three times before the caller hears of it
        assertThat(calls("orders/counts-new", "GET", "failed")).isEqualTo(3);
        assertThat(calls("order-statuses/search", "GET", "failed")).isEqualTo(3);
    }

    @Test
    void tooManyRequestsIsCountedApart() {
        rozetka.stubFor(get(urlPathEqualTo("/orders/counts-new")).willReturn(aResponse().withStatus(429)));

        assertThatThrownBy(client::countsNew).isInstanceOf(RozetkaException.Unavailable.class);

        assertThat(calls("orders/counts-new", "GET", "rate_limited")).isEqualTo(3);
        assertThat(registry.find(CallMetrics.NAME).tag("outcome", "failed").timers()).isEmpty();
    }

    private long calls(String endpoint, String method, String outcome) {
        Timer timer = registry.find(CallMetrics.NAME).tag("shop", "wiremock").tag("endpoint", endpoint)
                .tag("method", method).tag("outcome", outcome).timer();
        return timer == null ? 0 : timer.count();
    }
}
