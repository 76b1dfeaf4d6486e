package ua.orderflow.rozetka;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import ua.orderflow.support.WireMockRozetka;

/**
 * The chat contract against WireMock stubs shaped as [DOC messages.md]'s examples (ids 205506,
 * 184558726, 36386171 and 1516934, 949327 are the apidoc's). A scenario plays ROZETKA's state: the
 * buyer's message unread, then answered, then read.
 */
class RozetkaMessagesWireMockTest extends RozetkaMessagesContract {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long CHAT = 205506;
    private static final long ORDER = 184558726;
    private static final long BUYER = 36386171;
    private static final long QUIET_CHAT = 1516934;
    private static final long QUIET_ORDER = 949327;
    private static final String SCENARIO = "chat";

    private WireMockRozetka rozetka;

    @BeforeEach
    void start() {
        rozetka = new WireMockRozetka();
    }

    @AfterEach
    void stop() {
        rozetka.stop();
    }

    @Override
    RozetkaMessages messages() {
        return rozetka.clients(rozetka.shop(Duration.ofSeconds(2)), new SimpleMeterRegistry())
                .messages(WireMockRozetka.SHOP);
    }

    @Override
    long buyerWrote() {
        ObjectNode buyerMessage = message(2083388, "2017-08-14 22:15:25", 3, 42, BUYER_TEXT);
        ObjectNode reply = message(2083390, "2017-08-14 22:20:00", 2, BUYER, REPLY);
        for (String state : new String[] {STARTED, "replied"}) {
            stub(get(urlPathEqualTo("/messages/counts")), state, ok(counts(1, 1)));
            stub(get(urlPathEqualTo("/messages/search")).withQueryParam("read", equalTo("0")), state,
                    ok(list(chat(CHAT, ORDER, 1, buyerMessage))));
        }
        stub(get(urlPathEqualTo("/messages/counts")), "read", ok(counts(0, 0)));
        stub(get(urlPathEqualTo("/messages/search")).withQueryParam("read", equalTo("0")), "read", ok(list()));
        stub(get(urlPathEqualTo("/messages/search")).withQueryParam("id", equalTo(String.valueOf(CHAT))), STARTED,
                ok(list(chat(CHAT, ORDER, 1, buyerMessage))));
        for (String state : new String[] {"replied", "read"}) {
            stub(get(urlPathEqualTo("/messages/search")).withQueryParam("id", equalTo(String.valueOf(CHAT))), state,
                    ok(list(chat(CHAT, ORDER, 0, buyerMessage, reply))));
        }
        rozetka.server.stubFor(get(urlPathEqualTo("/messages/" + ORDER + "/order-chat"))
                .willReturn(ok(chat(CHAT, ORDER, 1))));
        rozetka.server.stubFor(post(urlPathEqualTo("/messages/create")).inScenario(SCENARIO)
                .withRequestBody(matchingJsonPath("$.chat_id", equalTo(String.valueOf(CHAT))))
                .withRequestBody(matchingJsonPath("$.receiver_id", equalTo(String.valueOf(BUYER))))
                .withRequestBody(matchingJsonPath("$.body", equalTo(REPLY)))
                .withRequestBody(matchingJsonPath("$.sendEmailUser", equalTo("1")))
                .willReturn(ok(reply)).willSetStateTo("replied"));
        rozetka.server.stubFor(put(urlPathEqualTo("/messages/" + CHAT)).inScenario(SCENARIO)
                .withRequestBody(matchingJsonPath("$.read_market"))
                .willReturn(ok(chat(CHAT, ORDER, 0))).willSetStateTo("read"));
        return ORDER;
    }

    @Override
    long quietOrder() {
        rozetka.server.stubFor(get(urlPathEqualTo("/messages/" + QUIET_ORDER + "/order-chat"))
                .willReturn(ok(chat(QUIET_CHAT, QUIET_ORDER, 0))));
        rozetka.server.stubFor(get(urlPathEqualTo("/messages/search"))
                .withQueryParam("id", equalTo(String.valueOf(QUIET_CHAT))).willReturn(ok(list())));
        // Yii2's validation of a missing body, as the envelope reference shapes it
        rozetka.server.stubFor(post(urlPathEqualTo("/messages/create"))
                .withRequestBody(matchingJsonPath("$.body", equalTo("")))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody("""
                        {"success":false,"errors":{"message":"required_parameter","code":1001,
                         "details":{"body":["Необхідно заповнити «body»."]}}}""")));
        return QUIET_ORDER;
    }

    private void stub(com.github.tomakehurst.wiremock.client.MappingBuilder request, String state,
            com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder answer) {
        rozetka.server.stubFor(request.inScenario(SCENARIO).whenScenarioStateIs(state).willReturn(answer));
    }

    private static ObjectNode chat(long id, long order, int unread, ObjectNode... messages) {
        ObjectNode chat = JSON.createObjectNode();
        chat.put("id", id).put("created", "2017-08-14 22:15:25").put("updated", "2017-08-14 22:15:25")
                .put("subject", "Заказ № " + order);
        chat.putObject("user").put("id", BUYER).put("has_email", true).put("contact_fio", " Дмитрий");
        chat.putNull("read_market");
        chat.put("trash_market", 0).put("star_market", 0).put("order_id", order).put("type", 0).putNull("item_id");
        chat.put("user_id", BUYER).put("unread_messages_count", unread);
        if (messages.length > 0) {
            ArrayNode list = chat.putArray("messages");
            for (ObjectNode message : messages) {
                list.add(message);
            }
            chat.put("user_fio", "Дмитрий");
        }
        return chat;
    }

    private static ObjectNode message(long id, String created, int sender, long receiver, String body) {
        ObjectNode message = JSON.createObjectNode();
        message.put("id", id).put("chat_id", CHAT).put("body", body).put("created", created)
                .put("receiver_id", receiver).put("sender", sender);
        if (sender == 3) {
            message.putNull("seller").putNull("seller_id");
        } else {
            message.putObject("seller").put("id", 39).put("login", "Chytayka13").put("fio", "Штуль Любов Дмитрівна");
            message.put("seller_id", 39);
        }
        message.putArray("files");
        message.put("status", 0);
        return message;
    }

    private static ObjectNode list(ObjectNode... chats) {
        ObjectNode content = JSON.createObjectNode();
        ArrayNode list = content.putArray("chats");
        for (ObjectNode chat : chats) {
            list.add(chat);
        }
        content.putObject("_meta").put("totalCount", chats.length).put("pageCount", 1).put("currentPage", 1)
                .put("perPage", 20);
        return content;
    }

    private static ObjectNode counts(int chats, int messages) {
        ObjectNode counts = JSON.createObjectNode();
        counts.put("totalUnread", chats).put("total", 1000).put("totalUnreadMessages", messages)
                .put("ordersChatUnread", chats).put("ordersChatAll", 1000).put("orderMessagesUnread", messages)
                .put("itemSellerMessagesUnread", 0).put("itemsChatUnread", 0);
        return counts;
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder ok(ObjectNode content) {
        ObjectNode body = JSON.createObjectNode();
        body.put("success", true);
        body.set("content", content);
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json; charset=utf-8")
                .withBody(body.toString());
    }
}
