package ua.orderflow.sync;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ua.orderflow.rozetka.PushMetrics;
import ua.orderflow.rozetka.RozetkaClients;
import ua.orderflow.rozetka.StatusNames;
import ua.orderflow.rozetka.StatusPush;
import ua.orderflow.support.WireMockRozetka;

/**
 * Taking a new order into work: one PUT when ROZETKA answers it with the expanded order, a read of
 * the order when the answer is bare, nothing but the refusal when ROZETKA refuses.
 */
class OrderAcknowledgementWireMockTest {

    private static final long ORDER = 812345678L;
    private static final String BARE = """
            {"id":812345678,"created":"2025-03-14 09:12:05","changed":"2025-03-14 10:40:11",
             "amount":"1299.00","amount_with_discount":"1199.00","cost":"1299.00","cost_with_discount":"1199.00",
             "status":26,"status_group":1,"comment":"","user_phone":"380671112233","ttn":"","callback_off":0,
             "user_title":{"first_name":"Олена","last_name":"Коваль","second_name":"","full_name":"Коваль Олена"}""";
    private static final String EXPANDED = BARE + """
            ,"delivery":{"delivery_service_id":5,"delivery_service_name":"Нова Пошта","delivery_method_id":1,
              "place_number":"12","cost":null,"city":{"id":1,"city_name":"Київ","title":"Київ"}},
             "purchases":[{"id":990001,"item_id":401112233,"item_name":"Термокружка 500 мл","quantity":1,
              "price":"1299.00","price_with_discount":"1199.00","cost":"1299.00","cost_with_discount":"1199.00",
              "kit_id":0,"status":1,"is_additional_item":false,
              "item":{"id":401112233,"name":"Термокружка 500 мл","article":"TK-500","price_offer_id":"TK-500","price":"1299.00"}}],
             "payment":{"payment_method_id":1,"payment_method_name":"Оплата під час отримання товару",
              "payment_type":"cash","payment_type_title":"Готівкова","payment_status":null,"credit":null},
             "status_available":[{"id":1,"parent_id":26,"child_id":2,"delivery_type":0},
              {"id":2,"parent_id":26,"child_id":45,"delivery_type":0}]""";

    private WireMockRozetka wireMock;
    private WireMockServer rozetka;
    private OrderAcknowledgement acknowledgement;

    @BeforeEach
    void startRozetka() {
        wireMock = new WireMockRozetka();
        rozetka = wireMock.server;
        rozetka.stubFor(get(urlPathEqualTo("/order-statuses/search")).willReturn(okJson("""
                {"success":true,"content":{"orderStatuses":[
                 {"id":2,"name_uk":"Дані підтверджено","status_group":1},
                 {"id":45,"name_uk":"Скасовано покупцем","status_group":3}],
                 "_meta":{"totalCount":2,"pageCount":1,"currentPage":1,"perPage":20}}}""")));
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        RozetkaClients clients = wireMock.clients(wireMock.shop(Duration.ofSeconds(5)), registry);
        acknowledgement = new OrderAcknowledgement(new StatusPush(clients, new PushMetrics(registry)),
                new OrderCards(clients, new StatusNames(clients, Clock.systemUTC())), null);
    }

    @AfterEach
    void stopRozetka() {
        wireMock.stop();
    }

    @Test
    void rozetkasAnswerToThePutIsTheCardOneCallInAll() {
        answerPut(EXPANDED);

        OrderAcknowledgement.Result result = acknowledgement.acknowledge("wiremock", ORDER, 26);

        assertThat(result.outcome().kind()).isEqualTo(StatusPush.Outcome.Kind.PUSHED);
        assertThat(result.card().customerName()).isEqualTo("Коваль Олена");
        assertThat(result.card().itemsText()).contains("Термокружка 500 мл × 1 — 1\u00a0199,00\u00a0грн");
        assertThat(result.card().cancelOptions()).extracting(o -> o.get("value")).containsExactly(45);
        assertThat(rozetka.findAll(putRequestedFor(urlPathEqualTo("/orders/" + ORDER))
                .withQueryParam("expand", equalTo(OrderCards.CARD_EXPAND)))).hasSize(1);
        assertThat(rozetka.findAll(getRequestedFor(urlPathEqualTo("/orders/" + ORDER)))).isEmpty();
    }

    @Test
    void aBareAnswerMakesItReadTheOrder() {
        answerPut(BARE);
        rozetka.stubFor(get(urlPathEqualTo("/orders/" + ORDER))
                .willReturn(okJson("{\"success\":true,\"content\":" + EXPANDED + "}}")));

        OrderAcknowledgement.Result result = acknowledgement.acknowledge("wiremock", ORDER, 26);

        assertThat(result.card().itemsText()).contains("Термокружка 500 мл");
        assertThat(result.card().deliveryText()).contains("Нова Пошта");
        assertThat(rozetka.findAll(getRequestedFor(urlPathEqualTo("/orders/" + ORDER)))).hasSize(1);
    }

    @Test
    void aRefusalComesBackWithItsReasonAndNoCard() {
        rozetka.stubFor(put(urlPathEqualTo("/orders/" + ORDER)).willReturn(okJson("""
                {"success":false,"errors":{"code":1005,"message":"check_correctness_of_data",
                 "details":{"status":["Неможливо змінити статус. З 5 на 26. Наступний статус недоступний."]}}}""")));
        rozetka.stubFor(get(urlPathEqualTo("/orders/" + ORDER)).willReturn(okJson(
                "{\"success\":true,\"content\":" + BARE.replace("\"status\":26", "\"status\":5") + "}}")));

        OrderAcknowledgement.Result result = acknowledgement.acknowledge("wiremock", ORDER, 26);

        assertThat(result.outcome().kind()).isEqualTo(StatusPush.Outcome.Kind.REFUSED);
        assertThat(result.outcome().refusal()).contains("Неможливо змінити статус");
        assertThat(result.outcome().statusAfter()).isEqualTo(5);
        assertThat(result.card()).isNull();
    }

    private void answerPut(String order) {
        rozetka.stubFor(put(urlPathEqualTo("/orders/" + ORDER))
                .willReturn(okJson("{\"success\":true,\"content\":" + order + "}}")));
    }
}
