package ua.orderflow.rozetka;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
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

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ua.orderflow.rozetka.model.RozetkaOrder;
import ua.orderflow.shop.Shop;
import ua.orderflow.shop.Shops;
import ua.orderflow.support.MutableClock;

/**
 * The client contract against WireMock stubs shaped like the reference's examples: errors with
 * HTTP 200, the composed order example, 1005 with its Ukrainian reason, the repeated last page.
 */
class RozetkaClientWireMockTest extends RozetkaClientContract {

    private static final String TOKEN_EXPIRED = """
            {"success":false,"errors":{"message":"incorrect_access_token","code":1020,"details":null}}""";
    private static final String ORDER_26 = """
            {"id":812345678,"created":"2025-03-14 09:12:05","changed":"2025-03-14 10:40:11",
             "amount":"1299.00","amount_with_discount":"1199.00","cost":"1299.00","cost_with_discount":"1199.00",
             "status":26,"status_group":1,"seller_comment":[{"comment":"Узгоджено","created":"2025-03-14 10:40:11",
             "seller_id":5501,"seller_fio":"Оператор"}],"comment":"","user_phone":"380671112233",
             "user_title":{"first_name":"Олена","last_name":"Коваль","second_name":"","full_name":"Коваль Олена"},
             "ttn":"","callback_off":0,"unknown_new_field":{"x":1},
             "user":{"id":90001122,"has_email":true,"contact_fio":"Олена Коваль","email":"true"},
             "delivery":{"delivery_service_id":5,"delivery_service_name":"Нова Пошта","delivery_method_id":1,
              "place_number":"12","cost":null,"city":{"id":1,"city_name":"Київ","title":"Київ"},
              "ref_id":"7b422fc5-e1b8-11e3-8c4a-0050568002cf"},
             "purchases":[{"id":990001,"item_id":401112233,"item_name":"Термокружка 500 мл","quantity":1,
              "price":"1299.00","price_with_discount":"1199.00","cost":"1299.00","cost_with_discount":"1199.00",
              "kit_id":0,"status":1,"is_additional_item":false,
              "item":{"id":401112233,"name":"Термокружка 500 мл","article":"TK-500","price_offer_id":"TK-500","price":"1299.00"}}],
             "payment":{"payment_method_id":1,"payment_method_name":"Оплата під час отримання товару",
              "payment_type":"cash","payment_type_title":"Готівкова","payment_status":null,"credit":null},
             "status_available":[{"id":1,"parent_id":26,"child_id":2,"delivery_type":0},
              {"id":2,"parent_id":26,"child_id":47,"delivery_type":0}]}""";

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
        stubAuthorized(get(urlPathMatching("/orders/812345678")), "{\"success\":true,\"content\":" + ORDER_26 + "}");
        stubAuthorized(get(urlPathMatching("/orders/999999999")), """
                {"success":false,"errors":{"message":"model_not_found","code":1404}}""");
        stubAuthorized(put(urlEqualTo("/orders/812345678")).withRequestBody(equalToJson("{\"status\":6}")), """
                {"success":false,"errors":{"code":1005,"message":"check_correctness_of_data",
                 "details":{"status":["Неможливо змінити статус. З 26 на 6. Наступний статус недоступний."]}}}""");
        stubAuthorized(put(urlEqualTo("/orders/812345678"))
                        .withRequestBody(matchingJsonPath("$.status", equalTo("47")))
                        .withRequestBody(matchingJsonPath("$.seller_comment", equalTo("Покупець не відповідає"))),
                "{\"success\":true,\"content\":" + ORDER_26.replace("\"status\":26", "\"status\":47") + "}");
        // the documented shape (orderStatus, name_ua) and the live one are both read
        stubAuthorized(get(urlPathEqualTo("/order-statuses/search")), """
                {"success":true,"content":{"orderStatus":[
                 {"id":26,"name":"Обрабатывается менеджером","name_ua":"Обробляється менеджером","status_group":1},
                 {"id":45,"name":"Отменен покупателем","name_ua":"Скасовано покупцем","status_group":3}],
                 "_meta":{"totalCount":2,"pageCount":1,"currentPage":1,"perPage":20}}}""");
        for (int page = 1; page <= 4; page++) {
            // three pages of orders; page 4 repeats page 3, as Yii2 does past the end
            int shown = Math.min(page, 3);
            stubAuthorized(get(urlPathEqualTo("/orders/search"))
                    .withQueryParam("page", equalTo(String.valueOf(page))), searchPage(shown));
        }
        stubAuthorized(get(urlPathEqualTo("/orders/search")).atPriority(9), searchPage(3));
    }

    @AfterEach
    void stopRozetka() {
        rozetka.stop();
    }

    @Override
    RozetkaClient client() {
        return clientFor("secret", Clock.systemUTC());
    }

    @Override
    RozetkaClient clientWithWrongPassword() {
        return clientFor("wrong", Clock.systemUTC());
    }

    @Override
    long orderInProcessing() {
        return 812345678L;
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
        var failure = get(urlPathEqualTo("/orders/search")).atPriority(1)
                .willReturn(aResponse().withStatus(503).withBody("<html>503 Service Temporarily Unavailable</html>"));
        if (times < 0) {
            rozetka.stubFor(failure);
        } else {
            rozetka.stubFor(failure.inScenario("flaky").whenScenarioStateIs(STARTED).willSetStateTo("recovered"));
        }
    }

    @Override
    int logins() {
        return rozetka.countRequestsMatching(postRequestedFor(urlEqualTo("/sites")).build()).getCount();
    }

    @Test
    void theTokenIsRenewedBeforeItsLifetimeRunsOut() {
        MutableClock clock = new MutableClock("2026-11-24T08:00:00Z");
        RozetkaClient client = clientFor("secret", clock);
        client.order(812345678L, "");
        clock.advance(Duration.ofHours(22));
        client.order(812345678L, "");
        assertThat(logins()).isEqualTo(1);

        clock.advance(Duration.ofHours(1));
        client.order(812345678L, "");
        assertThat(logins()).isEqualTo(2);
    }

    @Test
    void maintenanceAndMalformedBodiesAreTypedUnavailable() {
        rozetka.stubFor(get(urlPathEqualTo("/orders/counts-new")).willReturn(okJson("""
                {"success":false,"errors":{"message":"technical_maintenance","code":5503}}""")));
        assertThatThrownBy(() -> client().countsNew()).isInstanceOf(RozetkaException.Unavailable.class);

        rozetka.stubFor(get(urlPathEqualTo("/orders/counts-new")).willReturn(okJson("{\"success\":tr")));
        assertThatThrownBy(() -> client().countsNew()).isInstanceOf(RozetkaException.Unavailable.class);
    }

    @Test
    void errorsMayComeAsAnArray() {
        rozetka.stubFor(get(urlPathEqualTo("/orders/counts-new")).willReturn(okJson("""
                {"success":false,"errors":[{"message":"access_denied","code":1010}]}""")));
        assertThatThrownBy(() -> client().countsNew())
                .isInstanceOf(RozetkaException.class)
                .hasMessageContaining("access_denied")
                .satisfies(e -> assertThat(((RozetkaException) e).code()).isEqualTo(1010));
    }

    @Test
    void theComposedExampleIsReadFaithfully() {
        RozetkaOrder order = client().order(812345678L, "");
        assertThat(order.created()).isEqualTo("2025-03-14T09:12:05");
        assertThat(order.costWithDiscount()).isEqualByComparingTo("1199.00");
        assertThat(order.callbackOff()).isFalse();
        assertThat(order.user().realEmail()).isNull();
        assertThat(order.sellerComment()).extracting(RozetkaOrder.SellerComment::comment).containsExactly("Узгоджено");
        assertThat(order.delivery().city().name()).isEqualTo("Київ");
        assertThat(order.purchases().get(0).offerId()).isEqualTo("TK-500");
        assertThat(order.allowedNextStatuses()).containsExactly(2, 47);
    }

    private RozetkaClient clientFor(String password, Clock clock) {
        Shop shop = new Shop("wiremock", "WireMock", rozetka.baseUrl(), "seller", password, "Каса", "UA00",
                Duration.ofSeconds(2), Duration.ofSeconds(5), Duration.ofHours(23));
        return new RozetkaClients(new Shops(List.of(shop)), new ObjectMapper(), clock, new org.springframework.mock.env.MockEnvironment(), Duration.ZERO,
                new io.micrometer.core.instrument.simple.SimpleMeterRegistry()).create(shop);
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
            orders.add(ORDER_26.replace("812345678", String.valueOf(id)));
        }
        return "{\"success\":true,\"content\":{\"orders\":[" + String.join(",", orders) + "],"
                + "\"_meta\":{\"totalCount\":45,\"pageCount\":3,\"currentPage\":" + page + ",\"perPage\":20}}}";
    }

}
