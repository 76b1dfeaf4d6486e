package ua.orderflow.sync;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ua.orderflow.support.WireMockRozetka;
import ua.orderflow.sync.change.OrderView;

/**
 * The sync's window as ROZETKA is asked for it: changed_from and, while a parcel is with a carrier,
 * status_updated_from from the start of the window's first day, each order handed on once, and a 429
 * surfaced as such.
 */
class RozetkaOrderSourceWireMockTest {

    private static final LocalDateTime WINDOW_FROM = LocalDateTime.of(2025, 3, 14, 22, 15, 30);

    private WireMockRozetka wireMock;
    private WireMockServer rozetka;
    private RozetkaOrderSource source;

    @BeforeEach
    void startRozetka() {
        wireMock = new WireMockRozetka();
        rozetka = wireMock.server;
        source = new RozetkaOrderSource(wireMock.clients(wireMock.shop(Duration.ofSeconds(5)), new SimpleMeterRegistry()));
    }

    @AfterEach
    void stopRozetka() {
        wireMock.stop();
    }

    @Test
    void whatChangedAndWhatTrackingMovedAreBothReadEachOrderOnce() {
        List<Long> seen = searchBothWindows(true);

        assertThat(seen).containsExactly(812000001L, 812000002L, 812000003L);
        rozetka.verify(2, getRequestedFor(urlPathEqualTo("/orders/search"))
                .withHeader("Accept-Validate-Exception", equalTo("1")));
    }

    @Test
    void withNoParcelOnTheWayOnlyWhatChangedIsRead() {
        List<Long> seen = searchBothWindows(false);

        assertThat(seen).containsExactly(812000001L, 812000002L);
        rozetka.verify(1, getRequestedFor(urlPathEqualTo("/orders/search")));
        rozetka.verify(0, getRequestedFor(urlPathEqualTo("/orders/search")).withQueryParam("status_updated_from", equalTo("2025-03-14")));
    }

    @Test
    void rozetkaAskingToSlowDownIsTellingTheSyncSo() {
        rozetka.stubFor(get(urlPathEqualTo("/orders/search"))
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "120")));
        assertThatThrownBy(() -> source.changedOrders(WireMockRozetka.SHOP, WINDOW_FROM, WINDOW_FROM.plusDays(1), true, page -> { }))
                .isInstanceOfSatisfying(OrderSource.SourceRateLimitedException.class,
                        limited -> assertThat(limited.retryAfter()).contains(Duration.ofSeconds(120)));
        assertThat(SourceTrouble.inWords(new OrderSource.SourceRateLimitedException("429", Duration.ofSeconds(120),
                null))).isEqualTo("ROZETKA просить звертатися рідше (HTTP 429), наступний запит не раніше ніж за 120 с");
    }

    @Test
    void aTruncatedPageIsJournalledAsAnAnswerCutOff() {
        rozetka.stubFor(get(urlPathEqualTo("/orders/search"))
                .willReturn(okJson("{\"success\":true,\"content\":{\"orders\":[{\"id\":8120")));
        assertThatThrownBy(() -> source.changedOrders(WireMockRozetka.SHOP, WINDOW_FROM, WINDOW_FROM.plusDays(1), true, page -> { }))
                .isInstanceOfSatisfying(OrderSource.SourceGarbledException.class, garbled -> assertThat(
                        SourceTrouble.inWords(garbled)).isEqualTo(
                        "ROZETKA надіслала відповідь, яку неможливо прочитати: вона обірвана або не є коректним JSON")
                        .doesNotContain("HTTP 200"));
    }

    /** Orders 1 and 2 changed, 2 and 3 moved in status; what the source hands on. */
    private List<Long> searchBothWindows(boolean carrierMayMove) {
        rozetka.stubFor(get(urlPathEqualTo("/orders/search")).withQueryParam("changed_from", equalTo("2025-03-14"))
                .willReturn(okJson(page(812000001L, 812000002L))));
        rozetka.stubFor(get(urlPathEqualTo("/orders/search"))
                .withQueryParam("status_updated_from", equalTo("2025-03-14"))
                .willReturn(okJson(page(812000002L, 812000003L))));
        List<Long> seen = new ArrayList<>();
        source.changedOrders(WireMockRozetka.SHOP, WINDOW_FROM, WINDOW_FROM.plusDays(1), carrierMayMove,
                page -> page.orders().stream().map(OrderView::id).forEach(seen::add));
        return seen;
    }

    private static String page(long... ids) {
        String orders = Stream.of(ids).flatMapToLong(java.util.Arrays::stream).mapToObj(id -> """
                {"id":%d,"created":"2025-03-14 09:12:05","changed":"2025-03-14 10:40:11","amount":"10.00",
                 "amount_with_discount":"10.00","cost":"10.00","cost_with_discount":"10.00","status":26,
                 "status_group":1,"ttn":"","user_phone":"380671112233","comment":"","callback_off":0}"""
                .formatted(id)).collect(Collectors.joining(","));
        return "{\"success\":true,\"content\":{\"orders\":[" + orders + "],"
                + "\"_meta\":{\"totalCount\":" + ids.length + ",\"pageCount\":1,\"currentPage\":1,\"perPage\":20}}}";
    }
}
