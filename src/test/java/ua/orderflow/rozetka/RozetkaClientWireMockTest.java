package ua.orderflow.rozetka;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static ua.orderflow.rozetka.ReferenceExamples.CANCELLATIONS;
import static ua.orderflow.rozetka.ReferenceExamples.IN_PROCESSING;
import static ua.orderflow.rozetka.ReferenceExamples.order;
import static ua.orderflow.rozetka.ReferenceExamples.rows;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;
import ua.orderflow.rozetka.model.OrderSearch;
import ua.orderflow.rozetka.model.RozetkaOrder;
import ua.orderflow.shop.Shop;
import ua.orderflow.shop.Shops;
import ua.orderflow.support.MutableClock;

/**
 * The client contract against WireMock stubs shaped like the reference's examples ({@link
 * ReferenceExamples}): errors with HTTP 200, the composed order example, 1005 with its Ukrainian
 * reason, the repeated last page, and ROZETKA's answers to what the client sends.
 */
class RozetkaClientWireMockTest extends RozetkaClientContract {

    private static final String TOKEN_EXPIRED = """
            {"success":false,"errors":{"message":"incorrect_access_token","code":1020,"details":null}}""";
    private static final LocalDate TODAY = LocalDate.of(2025, 3, 14);
    private static final String DATE_ALONE = "\\d{4}-\\d{2}-\\d{2}";
    private static final Map<Integer, Long> ORDER_IN = Map.of(2, 812345602L, 4, 812345604L, 5, 812345605L,
            61, 812345661L);

    private WireMockServer rozetka;

    @BeforeEach
    void startRozetka() {
        rozetka = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        rozetka.start();
        // successive logins hand out token-1, token-2, ...: a stale token can then be told apart
        rozetka.stubFor(post("/sites").inScenario("login").whenScenarioStateIs(STARTED)
                .withRequestBody(matchingJsonPath("$.password", equalTo("c2VjcmV0")))
                .willReturn(okJson(login("token-1"))).willSetStateTo("one"));
        rozetka.stubFor(post("/sites").inScenario("login").whenScenarioStateIs("one")
                .withRequestBody(matchingJsonPath("$.password", equalTo("c2VjcmV0")))
                .willReturn(okJson(login("token-2"))).willSetStateTo("two"));
        rozetka.stubFor(post("/sites").atPriority(9).willReturn(okJson("""
                {"success":false,"errors":{"message":"incorrect_username_password","code":1004}}""")));
        stubAuthorized(get(urlPathMatching("/orders/" + IN_PROCESSING)), ReferenceExamples.ok(ReferenceExamples.order26()));
        stubAuthorized(get(urlPathMatching("/orders/999999999")), """
                {"success":false,"errors":{"message":"model_not_found","code":1404,"details":null}}""");
        stubAuthorized(put(urlEqualTo("/orders/" + IN_PROCESSING)).withRequestBody(equalToJson("{\"status\":6}")),
                ReferenceExamples.refusal(26, 6, "next-unavailable", "object"));
        stubAuthorized(put(urlEqualTo("/orders/" + IN_PROCESSING))
                        .withRequestBody(matchingJsonPath("$.status", equalTo("47")))
                        .withRequestBody(matchingJsonPath("$.seller_comment", equalTo("Покупець не відповідає"))),
                ReferenceExamples.ok(order(IN_PROCESSING, 47, "", "[]")));
        stubAuthorized(get(urlPathEqualTo("/order-statuses/search")), ReferenceExamples.statuses());
        stubAuthorized(get(urlPathEqualTo("/orders/counts-new")), """
                {"success":true,"content":{"inProgress":8,"inDone":236,"inNotDone":251,"new":0,"delivering":757,
                 "unwatched":0,"all":495}}""");
        for (int page = 1; page <= 4; page++) {
            // three pages of orders; page 4 repeats page 3, as Yii2 does past the end
            int shown = Math.min(page, 3);
            stubAuthorized(get(urlPathEqualTo("/orders/search"))
                    .withQueryParam("page", equalTo(String.valueOf(page))), searchPage(shown));
        }
        stubAuthorized(get(urlPathEqualTo("/orders/search")).atPriority(9), searchPage(3));
        // with the header, a sort ROZETKA does not know is reported as Yii2 lists invalid attributes
        stubAuthorized(get(urlPathEqualTo("/orders/search")).atPriority(2).withQueryParam("sort", equalTo("-amount"))
                .withHeader("Accept-Validate-Exception", equalTo("1")), """
                {"success":false,"errors":{"message":"incorrect_data_format","code":1002,
                 "details":[{"field":"sort","message":"Значення «-amount» для «sort» не підтримується."}]}}""");
        stubOrdersByStatus();
    }

    /** Orders in 2, 5, 4 (a carrier parcel) and 61, with the next statuses the reference gives each. */
    private void stubOrdersByStatus() {
        List<Integer> confirmedOwn = new ArrayList<>(List.of(26, 4, 6, 50));
        confirmedOwn.addAll(CANCELLATIONS);
        List<Integer> confirmedByCarrier = new ArrayList<>(List.of(26, 3, 61, 50));
        confirmedByCarrier.addAll(CANCELLATIONS);
        long confirmed = ORDER_IN.get(2);
        stubAuthorized(get(urlPathMatching("/orders/" + confirmed)), ReferenceExamples.ok(order(confirmed, 2, "",
                rows(2, confirmedOwn, confirmedByCarrier))));
        for (int status : List.of(4, 5, 6, 50)) {
            stubAuthorized(put(urlEqualTo("/orders/" + confirmed))
                    .withRequestBody(matchingJsonPath("$.status", equalTo(String.valueOf(status)))),
                    ReferenceExamples.ok(order(confirmed, status, "", "[]")));
        }
        long atPickup = ORDER_IN.get(5);
        stubAuthorized(get(urlPathMatching("/orders/" + atPickup)), ReferenceExamples.ok(order(atPickup, 5,
                "20450000012345", rows(5, List.of(6, 11, 12), List.of(6, 11, 12, 3)))));
        long parcel = ORDER_IN.get(4);
        stubAuthorized(get(urlPathMatching("/orders/" + parcel)), ReferenceExamples.ok(order(parcel, 4,
                "20450000012345", rows(4, List.of(5, 6, 12), List.of(12)))));
        stubAuthorized(put(urlEqualTo("/orders/" + parcel)).withRequestBody(matchingJsonPath("$.status", equalTo("5"))),
                ReferenceExamples.refusal(4, 5, "next-unavailable", "object"));
        long shipped = ORDER_IN.get(61);
        stubAuthorized(get(urlPathMatching("/orders/" + shipped)), ReferenceExamples.ok(order(shipped, 61,
                "20450000012345", rows(61, List.of(), List.of(26)))));
    }

    @AfterEach
    void stopRozetka() {
        rozetka.stop();
    }

    @Override
    RozetkaClient client() {
        return clientFor("secret", Clock.systemUTC(), Pauses.SLEEP);
    }

    @Override
    RozetkaClient clientWithWrongPassword() {
        return clientFor("wrong", Clock.systemUTC(), Pauses.SLEEP);
    }

    @Override
    long orderInProcessing() {
        return IN_PROCESSING;
    }

    @Override
    long orderIn(int status) {
        return ORDER_IN.get(status);
    }

    @Override
    void ordersExist(int count) {
        assertThat(count).isLessThanOrEqualTo(45);
    }

    @Override
    void expireTokens() {
        rozetka.stubFor(any(anyUrl()).atPriority(1).withHeader("Authorization", equalTo("Bearer token-1"))
                .willReturn(okJson(TOKEN_EXPIRED)));
    }

    @Override
    void searchFails(int times) {
        stubSearchFailure(aResponse().withStatus(503).withBody("<html>503 Service Temporarily Unavailable</html>"),
                times);
    }

    @Override
    int logins() {
        return rozetka.countRequestsMatching(postRequestedFor(urlEqualTo("/sites")).build()).getCount();
    }

    /** ROZETKA reads a date alone with the header; without either it drops the filter and answers everything. */
    @Override
    long anOrderChangedTodayAmongOlderOnes() {
        String recent = order(812345699L, 26, "", "[]");
        stubAuthorized(get(urlPathEqualTo("/orders/search")).atPriority(3).withQueryParam("changed_from",
                matching(".+")), ReferenceExamples.page(List.of(order(812345697L, 26, "", "[]"),
                        order(812345698L, 26, "", "[]"), recent), 1, 1, 3));
        stubAuthorized(get(urlPathEqualTo("/orders/search")).atPriority(2)
                .withQueryParam("changed_from", matching(DATE_ALONE))
                .withHeader("Accept-Validate-Exception", equalTo("1")), ReferenceExamples.page(List.of(recent), 1, 1, 1));
        return 812345699L;
    }

    @Override
    LocalDate today() {
        return TODAY;
    }

    @Override
    void trackingMovesOn(long shipped) {
        String tracked = ReferenceExamples.withHistory(order(shipped, 6, "20450000012345", "[]"), 1, 26, 2, 61, 3, 4,
                5, 6);
        stubAuthorized(get(urlPathMatching("/orders/" + shipped)).atPriority(1), ReferenceExamples.ok(tracked));
        stubAuthorized(get(urlPathEqualTo("/orders/search")).atPriority(2)
                .withQueryParam("status_updated_from", matching(DATE_ALONE))
                .withHeader("Accept-Validate-Exception", equalTo("1")), ReferenceExamples.page(List.of(tracked), 1, 1, 1));
    }

    @Override
    void refusalsCome(String wording, String detailsShape) {
        stubAuthorized(put(urlEqualTo("/orders/" + IN_PROCESSING)).atPriority(1)
                .withRequestBody(equalToJson("{\"status\":6}")), ReferenceExamples.refusal(26, 6, wording, detailsShape));
    }

    @Override
    void searchesAreRateLimited(int times, Integer retryAfterSeconds) {
        var tooMany = aResponse().withStatus(429).withBody("<html><h1>429 Too Many Requests</h1></html>");
        stubSearchFailure(retryAfterSeconds == null ? tooMany
                : tooMany.withHeader("Retry-After", String.valueOf(retryAfterSeconds)), times);
    }

    @Override
    int searchCalls() {
        return rozetka.countRequestsMatching(getRequestedFor(urlPathEqualTo("/orders/search")).build()).getCount();
    }

    @Override
    StatusNames slowStatusNames() {
        rozetka.stubFor(get(urlPathEqualTo("/order-statuses/search")).atPriority(1)
                .withHeader("Authorization", matching("Bearer token-\\d"))
                .willReturn(okJson(ReferenceExamples.statuses()).withFixedDelay(300)));
        return new StatusNames(clients(shop("secret"), Clock.systemUTC(), Pauses.SLEEP), Clock.systemUTC());
    }

    @Override
    String namedShop() {
        return "wiremock";
    }

    @Override
    int statusListings() {
        return rozetka.countRequestsMatching(getRequestedFor(urlPathEqualTo("/order-statuses/search")).build())
                .getCount();
    }

    @Test
    void searchesSendTheValidationHeaderAndTheirDatesAlone() {
        RozetkaClient client = client();
        client.searchPage(OrderSearch.changedSince(TODAY), 1);
        client.searchPage(OrderSearch.statusUpdatedSince(TODAY), 1);
        rozetka.verify(getRequestedFor(urlPathEqualTo("/orders/search")).withQueryParam("changed_from",
                equalTo("2025-03-14")).withQueryParam("status_updated_from", absent())
                .withHeader("Accept-Validate-Exception", equalTo("1")));
        rozetka.verify(getRequestedFor(urlPathEqualTo("/orders/search")).withQueryParam("status_updated_from",
                equalTo("2025-03-14")).withQueryParam("changed_from", absent())
                .withHeader("Accept-Validate-Exception", equalTo("1")));
        client.orderStatuses();
        rozetka.verify(getRequestedFor(urlPathEqualTo("/order-statuses/search"))
                .withHeader("Accept-Validate-Exception", equalTo("1")));
    }

    @Test
    void aPageCountThatLiesEndsTheWalkOnPagesThatBringNothingNew() {
        // ROZETKA says a million pages; past the second it repeats the last one, as Yii2 does
        stubAuthorized(get(urlPathEqualTo("/orders/search")).atPriority(1), ReferenceExamples.page(
                List.of(order(812345701L, 26, "", "[]")), 2, 1_000_000, 20_000_000));
        stubAuthorized(get(urlPathEqualTo("/orders/search")).atPriority(0).withQueryParam("page", equalTo("1")),
                ReferenceExamples.page(List.of(order(812345700L, 26, "", "[]")), 1, 1_000_000, 20_000_000));
        List<Long> handedOn = new ArrayList<>();
        RozetkaClient.Walk walk = client().forEachPage(OrderSearch.changedSince(TODAY),
                page -> page.orders().forEach(o -> handedOn.add(o.path("id").asLong())));

        assertThat(handedOn).containsExactly(812345700L, 812345701L);
        assertThat(walk.complete()).isFalse();
        assertThat(walk.pagesRead()).isEqualTo(2 + RozetkaClient.BARREN_PAGES);
        assertThat(walk.stoppedBecause()).contains("1000000 сторінок").contains("не принесли нових замовлень");
        assertThat(searchCalls()).isEqualTo(2 + RozetkaClient.BARREN_PAGES);
    }

    @Test
    void retryAfterIsWaitedAsGivenInSecondsOrAsADate() {
        MutableClock clock = new MutableClock();
        List<Duration> waited = new ArrayList<>();
        RozetkaClient client = clientFor("secret", clock, pause -> {
            waited.add(pause);
            clock.advance(pause);
        });
        OrderSearch search = OrderSearch.changedSince(TODAY);

        searchesAreRateLimited(1, 7);
        client.searchPage(search, 1);
        assertThat(waited).containsExactly(Duration.ofSeconds(7));

        // an HTTP date 20 s after the clock, which the first wait moved to 08:00:07
        rozetka.resetScenarios();
        stubSearchFailure(aResponse().withStatus(429).withHeader("Retry-After", "Tue, 24 Nov 2026 08:00:27 GMT"), 1);
        waited.clear();
        client.searchPage(search, 1);
        assertThat(waited).containsExactly(Duration.ofSeconds(20));
    }

    @Test
    void withoutRetryAfterTheRestIsTenRetryPausesAndTheThirdRefusalReachesTheCaller() {
        MutableClock clock = new MutableClock();
        List<Duration> waited = new ArrayList<>();
        RozetkaClient client = new RozetkaClients(new Shops(List.of(shop("secret"))), new ObjectMapper(), clock,
                new MockEnvironment(), Duration.ofMillis(100), Duration.ofSeconds(30),
                new io.micrometer.core.instrument.simple.SimpleMeterRegistry(), pause -> {
                    waited.add(pause);
                    clock.advance(pause);
                }).create(shop("secret"));
        searchesAreRateLimited(-1, null);
        assertThatThrownBy(() -> client.searchPage(OrderSearch.changedSince(TODAY), 1))
                .isInstanceOf(RozetkaException.RateLimited.class);
        assertThat(waited).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(1));
        assertThat(searchCalls()).isEqualTo(3);
    }

    @Test
    void theTokenIsRenewedBeforeItsLifetimeRunsOut() {
        MutableClock clock = new MutableClock();
        RozetkaClient client = clientFor("secret", clock, Pauses.SLEEP);
        client.order(IN_PROCESSING, "");
        clock.advance(Duration.ofHours(22));
        client.order(IN_PROCESSING, "");
        assertThat(logins()).isEqualTo(1);

        clock.advance(Duration.ofHours(1));
        client.order(IN_PROCESSING, "");
        assertThat(logins()).isEqualTo(2);
    }

    @Test
    void maintenanceAndMalformedBodiesAreTypedUnavailable() {
        rozetka.stubFor(get(urlPathEqualTo("/orders/counts-new")).atPriority(1).willReturn(okJson("""
                {"success":false,"errors":{"message":"technical_maintenance","code":5503}}""")));
        assertThatThrownBy(() -> client().countsNew()).isInstanceOf(RozetkaException.Unavailable.class);

        rozetka.stubFor(get(urlPathEqualTo("/orders/counts-new")).atPriority(1).willReturn(okJson("{\"success\":tr")));
        assertThatThrownBy(() -> client().countsNew()).isInstanceOf(RozetkaException.Unavailable.class);
    }

    @Test
    void aTruncatedPageSaysItWasCutOffNotJustHttp200() {
        stubAuthorized(get(urlPathEqualTo("/orders/search")).atPriority(1),
                "{\"success\":true,\"content\":{\"orders\":[{\"id\":812000001,\"created\":\"2025-03-14 09:1");
        assertThatThrownBy(() -> client().searchPage(OrderSearch.changedSince(TODAY), 1))
                .isInstanceOf(RozetkaException.Garbled.class)
                .hasMessage("ROZETKA's answer was cut off or is not valid JSON (HTTP 200)");
    }

    @Test
    void errorsMayComeAsAnArray() {
        rozetka.stubFor(get(urlPathEqualTo("/orders/counts-new")).atPriority(1).willReturn(okJson("""
                {"success":false,"errors":[{"message":"access_denied","code":1010}]}""")));
        assertThatThrownBy(() -> client().countsNew())
                .isInstanceOf(RozetkaException.class)
                .hasMessageContaining("access_denied")
                .satisfies(e -> assertThat(((RozetkaException) e).code()).isEqualTo(1010));
    }

    @Test
    void aRefusalJoinsEveryTextROZETKAGaveOrFallsBackOnItsDescription() {
        stubAuthorized(put(urlEqualTo("/orders/" + IN_PROCESSING)).atPriority(1).withRequestBody(equalToJson(
                "{\"status\":6}")), """
                {"success":false,"errors":{"code":1005,"message":"check_correctness_of_data",
                 "details":{"status":["Неможливо змінити статус.","Перевірте ТТН."],"ttn":[]}}}""");
        assertThatThrownBy(() -> client().updateOrder(IN_PROCESSING, 6, null, null))
                .isInstanceOfSatisfying(RozetkaException.StatusRefused.class, refused -> assertThat(refused.reason())
                        .isEqualTo("Неможливо змінити статус.; Перевірте ТТН."));
        stubAuthorized(put(urlEqualTo("/orders/" + IN_PROCESSING)).atPriority(1).withRequestBody(equalToJson(
                "{\"status\":6}")), """
                {"success":false,"errors":[{"message":"check_correctness_of_data","details":null,
                 "description":"Статус недоступний"}]}""");
        assertThatThrownBy(() -> client().updateOrder(IN_PROCESSING, 6, null, null))
                .isInstanceOfSatisfying(RozetkaException.StatusRefused.class, refused -> {
                    assertThat(refused.reason()).isEqualTo("Статус недоступний");
                    assertThat(refused.code()).isEqualTo(1005);
                });
    }

    @Test
    void theComposedExampleIsReadFaithfully() {
        RozetkaOrder order = client().order(IN_PROCESSING, "");
        assertThat(order.created()).isEqualTo("2025-03-14T09:12:05");
        assertThat(order.costWithDiscount()).isEqualByComparingTo("1199.00");
        assertThat(order.callbackOff()).isFalse();
        assertThat(order.user().realEmail()).isNull();
        assertThat(order.sellerComment()).extracting(RozetkaOrder.SellerComment::comment).containsExactly("Узгоджено");
        assertThat(order.delivery().city().name()).isEqualTo("Київ");
        assertThat(order.purchases().get(0).offerId()).isEqualTo("TK-500");
        assertThat(order.allowedNextStatuses()).startsWith(2, 47, 48).doesNotHaveDuplicates();
    }

    private void stubSearchFailure(com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder answer, int times) {
        var failure = get(urlPathEqualTo("/orders/search")).atPriority(1).willReturn(answer);
        if (times < 0) {
            rozetka.stubFor(failure);
        } else {
            rozetka.stubFor(failure.inScenario("flaky").whenScenarioStateIs(STARTED).willSetStateTo("recovered"));
        }
    }

    private RozetkaClient clientFor(String password, Clock clock, Pauses pauses) {
        Shop shop = shop(password);
        return clients(shop, clock, pauses).create(shop);
    }

    private RozetkaClients clients(Shop shop, Clock clock, Pauses pauses) {
        return new RozetkaClients(new Shops(List.of(shop)), new ObjectMapper(), clock, new MockEnvironment(),
                Duration.ZERO, Duration.ofSeconds(30), new io.micrometer.core.instrument.simple.SimpleMeterRegistry(),
                pauses);
    }

    private Shop shop(String password) {
        return new Shop("wiremock", "WireMock", rozetka.baseUrl(), "seller", password, "Каса", "UA00",
                Duration.ofSeconds(2), Duration.ofSeconds(5), Duration.ofHours(23));
    }

    /** Answers {@code body} to a token ROZETKA issued; without one, ROZETKA's HTTP-200 token error. */
    private void stubAuthorized(MappingBuilder request, String body) {
        rozetka.stubFor(request.withHeader("Authorization", matching("Bearer token-\\d")).willReturn(okJson(body)));
    }

    private static String login(String token) {
        return "{\"success\":true,\"content\":{\"id\":5501,\"access_token\":\"" + token + "\",\"permissions\":[\"order_edit\"]}}";
    }

    private static String searchPage(int page) {
        List<String> orders = new ArrayList<>();
        for (int i = 0; i < (page < 3 ? 20 : 5); i++) {
            long id = 812000000L + (page - 1) * 20L + i;
            orders.add(ReferenceExamples.order26().replace(String.valueOf(IN_PROCESSING), String.valueOf(id)));
        }
        return ReferenceExamples.page(orders, page, 3, 45);
    }

}
