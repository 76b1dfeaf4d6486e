package ua.orderflow.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import ua.orderflow.support.Http;
import ua.orderflow.support.PostgresIntegrationTest;
import ua.orderflow.support.TestUsers;

/** The sandbox over real HTTP, as the ROZETKA client and a newcomer meet it. */
@PostgresIntegrationTest
@TestPropertySource(properties = {"orderflow.sandbox.generator.orders-per-minute=0", "orderflow.sandbox.seed=11"})
class SandboxApiIT {

    private static final String PASSWORD_BASE64 = "c2FuZGJveA=="; // base64("sandbox")
    private static final String JSON = "application/json";

    @LocalServerPort
    int port;

    @Autowired
    IdentityService identity;

    private Http admin;
    private SellerApiCalls api;

    @BeforeEach
    void resetSandbox() {
        admin = Http.sandboxAdmin(port);
        assertThat(admin.post("/sandbox/admin/reset", "{}").statusCode()).isEqualTo(200);
        api = new SellerApiCalls(port);
    }

    private String login() {
        JsonNode answer = SellerApiCalls.json(api.post("/sites", JSON,
                "{\"username\":\"sandbox\",\"password\":\"" + PASSWORD_BASE64 + "\"}"));
        assertThat(answer.path("success").asBoolean()).isTrue();
        String token = answer.path("content").path("access_token").asText();
        api.withToken(token);
        return token;
    }

    private List<Long> createOrders(int count, Integer status) {
        String body = status == null ? "{\"count\":" + count + "}" : "{\"count\":" + count + ",\"status\":" + status + "}";
        JsonNode answer = SellerApiCalls.json(admin.post("/sandbox/admin/orders", body));
        List<Long> ids = new ArrayList<>();
        answer.path("orders").forEach(o -> ids.add(o.path("id").asLong()));
        return ids;
    }

    @Test
    void theRozetkaSideAnswersOnlyAnAdministratorAndMakesNothingForAnyoneElse() {
        Http anonymous = Http.anonymous(port);
        Http manager = Http.anonymous(port).as(TestUsers.ensure(identity, "sandboxmanager", "managers"), TestUsers.PASSWORD);
        long before = SellerApiCalls.json(admin.get("/sandbox/admin/orders/count?status=1")).path("count").asLong();

        HttpResponse<String> stranger = anonymous.post("/sandbox/admin/orders", "{\"count\":5}");
        assertThat(stranger.statusCode()).isEqualTo(401);
        assertThat(stranger.headers().firstValue("WWW-Authenticate")).hasValue("Basic realm=\"default\"");
        assertThat(SellerApiCalls.json(stranger).path("message").asText()).isEqualTo("Потрібен вхід: логін і пароль Order Flow");
        assertThat(anonymous.post("/sandbox/admin/reset", "{}").statusCode()).isEqualTo(401);
        assertThat(anonymous.get("/sandbox/admin/stats").statusCode()).isEqualTo(401);
        assertThat(anonymous.post("/sandbox/admin/novaposhta/waybills/20450000000001/status", "{\"status\":9}").statusCode())
                .isEqualTo(401);
        assertThat(Http.anonymous(port).as(PostgresIntegrationTest.ADMIN, "wrong").post("/sandbox/admin/reset", "{}")
                .statusCode()).isEqualTo(401);

        HttpResponse<String> refused = manager.post("/sandbox/admin/orders", "{\"count\":5}");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(SellerApiCalls.json(refused).path("message").asText()).isEqualTo("Недостатньо прав: потрібна роль «Адміністратор»");

        assertThat(SellerApiCalls.json(admin.get("/sandbox/admin/orders/count?status=1")).path("count").asLong()).isEqualTo(before);
        assertThat(createOrders(2, null)).hasSize(2);
        assertThat(SellerApiCalls.json(admin.get("/sandbox/admin/orders/count?status=1")).path("count").asLong())
                .isEqualTo(before + 2);
    }

    @Test
    void theCarrierTakesTheFatesItIsGivenUntilTheSandboxIsReset() {
        JsonNode configured = SellerApiCalls.json(admin.get("/sandbox/admin/carrier"));
        assertThat(configured.path("refusedShare").asDouble()).isLessThan(1.0);
        JsonNode changed = SellerApiCalls.json(admin.post("/sandbox/admin/carrier", """
                {"refusedShare":1.0,"notPickedUpShare":0,"returnedShare":0,"incorrectTtnShare":0,"expiredShare":0,"lostShare":0}"""));
        assertThat(changed.path("refusedShare").asDouble()).isEqualTo(1.0);
        assertThat(changed.path("notPickedUpShare").asDouble()).isZero();

        long id = createOrders(1, 26).get(0);
        admin.post("/sandbox/admin/orders/" + id + "/status", "{\"status\":3,\"ttn\":\"20450000000077\"}");
        admin.post("/sandbox/admin/clock/advance", "{\"days\":3}");
        JsonNode refused = SellerApiCalls.json(admin.get("/sandbox/admin/orders/" + id));
        assertThat(refused.path("status").asInt()).as(refused.toString()).isEqualTo(12);

        HttpResponse<String> tooMany = admin.post("/sandbox/admin/carrier", "{\"lostShare\":0.5}");
        assertThat(tooMany.statusCode()).isEqualTo(400);
        assertThat(SellerApiCalls.json(tooMany).path("error").asText()).contains("add up to more than 1");
        HttpResponse<String> unknown = admin.post("/sandbox/admin/carrier", "{\"stolenShare\":0.1}");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(SellerApiCalls.json(unknown).path("error").asText()).startsWith("no carrier share called stolenShare");
        assertThat(SellerApiCalls.json(admin.get("/sandbox/admin/carrier")).path("refusedShare").asDouble()).isEqualTo(1.0);

        admin.post("/sandbox/admin/reset", "{}");
        assertThat(SellerApiCalls.json(admin.get("/sandbox/admin/carrier"))).isEqualTo(configured);
    }

    @Test
    void loginTakesJsonOrAFormAndABadLoginIsHttp200With1004() {
        HttpResponse<String> bad = api.post("/sites", JSON, "{\"username\":\"sandbox\",\"password\":\"sandbox\"}");
        assertThat(bad.statusCode()).isEqualTo(200);
        assertThat(bad.body()).isEqualTo(
                "{\"success\":false,\"errors\":{\"message\":\"incorrect_username_password\",\"code\":1004}}");
        JsonNode form = SellerApiCalls.json(api.post("/sites", "application/x-www-form-urlencoded",
                "username=sandbox&password=" + PASSWORD_BASE64.replace("=", "%3D")));
        assertThat(form.path("content").path("access_token").asText()).hasSizeGreaterThan(20);
        assertThat(login()).isNotEqualTo(form.path("content").path("access_token").asText());
        JsonNode stats = SellerApiCalls.json(admin.get("/sandbox/admin/stats"));
        assertThat(stats.path("logins").asInt()).isEqualTo(2);
        assertThat(stats.path("refusedLogins").asInt()).isEqualTo(1);
    }

    @Test
    void everyCallButLoginNeedsALiveTokenElseHttp200With1020() {
        String refusal = "{\"success\":false,\"errors\":{\"message\":\"incorrect_access_token\",\"code\":1020}}";
        HttpResponse<String> anonymous = api.get("/orders/search");
        assertThat(anonymous.statusCode()).isEqualTo(200);
        assertThat(anonymous.body()).isEqualTo(refusal);
        assertThat(api.withToken("forged").get("/orders/counts-new").body()).isEqualTo(refusal);

        login();
        assertThat(api.getJson("/orders/counts-new").path("success").asBoolean()).isTrue();
        admin.post("/sandbox/admin/clock/advance", "{\"hours\":24}");
        assertThat(api.get("/order-statuses/search").body()).isEqualTo(refusal);

        login();
        admin.post("/sandbox/admin/faults", "{\"expireTokens\":true}");
        assertThat(api.get("/orders/search").body()).isEqualTo(refusal);

        login();
        JsonNode logout = SellerApiCalls.json(api.post("/sites/logout", JSON, "{}"));
        assertThat(logout.path("content").path("logout").asBoolean()).isTrue();
        assertThat(api.get("/orders/search").body()).isEqualTo(refusal);
    }

    @Test
    void ordersAreSearchedReadAndMovedAlongRozetkasRules() {
        login();
        List<Long> ids = createOrders(3, null);
        JsonNode search = api.getJson("/orders/search?types=4&expand=purchases,delivery,user");
        JsonNode first = search.path("content").path("orders").get(0);
        assertThat(search.path("content").path("_meta").toString())
                .isEqualTo("{\"totalCount\":3,\"pageCount\":1,\"currentPage\":1,\"perPage\":20}");
        assertThat(first.path("id").asLong()).isEqualTo(ids.get(2));
        assertThat(first.path("cost_with_discount").asText()).matches("\\d+\\.\\d{2}");
        assertThat(first.path("created").asText()).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d");
        assertThat(first.path("user_phone").asText()).matches("380\\d{9}");
        assertThat(first.path("delivery").path("delivery_service_id").asInt()).isEqualTo(5);
        assertThat(first.path("purchases").get(0).path("item").path("price_offer_id").asText()).isNotEmpty();
        assertThat(first.path("seller_comment").isArray()).isTrue();
        assertThat(search.path("content").path("totalFields").path("cost_with_discount").asText()).contains(".");

        long id = ids.get(0);
        JsonNode refused = SellerApiCalls.json(api.put("/orders/" + id, "{\"status\":61,\"ttn\":\"20450000012345\"}"));
        assertThat(refused.toString()).isEqualTo("{\"success\":false,\"errors\":{\"message\":\"check_correctness_of_data\","
                + "\"code\":1005,\"details\":{\"status\":[\"Неможливо змінити статус. З 1 на 61. Наступний статус недоступний.\"]}}}");

        JsonNode processing = SellerApiCalls.json(api.put("/orders/" + id + "?expand=status_available",
                "{\"status\":26,\"seller_comment\":\"Узгоджено з покупцем\"}"));
        assertThat(processing.path("content").path("status").asInt()).isEqualTo(26);
        assertThat(processing.path("content").path("seller_comment").get(0).path("comment").asText())
                .isEqualTo("Узгоджено з покупцем");
        assertThat(processing.path("content").path("status_available").get(0).path("child_id").asInt()).isEqualTo(2);

        JsonNode noTtn = SellerApiCalls.json(api.put("/orders/" + id, "{\"status\":61}"));
        assertThat(noTtn.path("errors").path("code").asInt()).isEqualTo(1005);
        assertThat(noTtn.path("errors").path("details").path("status").get(0).asText()).contains("ТТН");

        JsonNode shipped = SellerApiCalls.json(api.put("/orders/" + id, "{\"status\":2,\"ttn\":\"20450000012345\"}"));
        assertThat(shipped.path("content").path("status").asInt()).isEqualTo(61);
        assertThat(shipped.path("content").path("ttn").asText()).isEqualTo("20450000012345");

        JsonNode order = api.getJson("/orders/" + id + "?expand=order_status_history,status_data");
        assertThat(order.path("content").path("is_viewed").asBoolean()).isTrue();
        assertThat(order.path("content").path("order_status_history").findValues("status_id"))
                .extracting(JsonNode::asInt).containsExactly(1, 26, 61);
        assertThat(order.path("content").path("status_data").path("name_uk").asText())
                .isEqualTo("Заплановано передачу перевізникові");

        assertThat(api.get("/orders/999").body()).isEqualTo(
                "{\"success\":false,\"errors\":{\"message\":\"model_not_found\",\"code\":1404,\"details\":null}}");
        assertThat(api.put("/orders/" + id, "{\"seller_comment\":\"x\"}").body()).contains("\"code\":1001");
    }

    @Test
    void searchFiltersAreReportedOnlyWithTheValidationHeader() {
        login();
        createOrders(3, null);
        String withTime = "/orders/search?changed_from=2025-03-14%2010:00:00&sort=-amount";
        JsonNode ignored = api.getJson(withTime);
        assertThat(ignored.path("success").asBoolean()).isTrue();
        assertThat(ignored.path("content").path("_meta").path("totalCount").asInt()).isEqualTo(3);

        JsonNode reported = SellerApiCalls.json(api.getValidated(withTime));
        assertThat(reported.toString()).isEqualTo("{\"success\":false,\"errors\":{\"message\":\"incorrect_data_format\","
                + "\"code\":1002,\"details\":[{\"field\":\"sort\",\"message\":\"Значення «-amount» для «sort» не "
                + "підтримується.\"},{\"field\":\"changed_from\",\"message\":\"Значення «changed_from» має бути "
                + "датою у форматі YYYY-MM-DD.\"}]}}");
        assertThat(SellerApiCalls.json(api.getValidated("/orders/search?changed_from=2025-03-14")).path("success")
                .asBoolean()).isTrue();
    }

    @Test
    void statusAvailablesAreTheSellersRowsOfTheTableWithTheirDeliveryType() {
        login();
        JsonNode own = api.getJson("/status-availables/search?parent_id=2&delivery_type=1");
        JsonNode rows = own.path("content").path("statusAvailables");
        assertThat(rows.findValues("child_id")).extracting(JsonNode::asInt).startsWith(26, 4, 6).contains(40)
                .doesNotContain(3, 61);
        assertThat(rows.findValues("delivery_type")).extracting(JsonNode::asInt).containsOnly(1);
        assertThat(own.path("content").path("_meta").path("totalCount").asInt()).isEqualTo(23);
        assertThat(api.getJson("/status-availables/search?parent_id=2&delivery_type=1&page=2").path("content")
                .path("statusAvailables").findValues("child_id")).extracting(JsonNode::asInt).containsExactly(42, 43, 50);
        assertThat(api.getJson("/status-availables/search?parent_id=5&child_id=3").path("content")
                .path("statusAvailables").toString()).matches(
                        "\\[\\{\"id\":\\d+,\"parent_id\":5,\"child_id\":3,\"delivery_type\":0,\"market_group\":0}]");
    }

    @Test
    void countsNewAnswersRozetkasKeys() {
        login();
        createOrders(2, null);
        createOrders(1, 6);
        createOrders(1, 45);
        JsonNode counts = api.getJson("/orders/counts-new").path("content");
        assertThat(counts.toString()).isEqualTo("{\"inProgress\":2,\"inDone\":1,\"inNotDone\":1,\"new\":2,"
                + "\"delivering\":0,\"unwatched\":4,\"all\":4}");
    }

    @Test
    void aRefusalComesInTheWordingAndShapeAFaultRuleAsksFor() {
        login();
        long id = createOrders(1, null).get(0);
        admin.post("/sandbox/admin/faults", "{\"refusalWording\":\"transition-impossible\",\"refusalDetails\":\"string\"}");
        assertThat(api.put("/orders/" + id, "{\"status\":6}").body()).isEqualTo("{\"success\":false,\"errors\":"
                + "{\"message\":\"check_correctness_of_data\",\"code\":1005,\"details\":\"Перехід в цей статус неможливий\"}}");
        admin.post("/sandbox/admin/faults", "{\"refusalDetails\":\"null\"}");
        assertThat(api.put("/orders/" + id, "{\"status\":6}").body()).contains("\"code\":1005,\"details\":null");
        assertThat(api.put("/orders/" + id, "{\"status\":\"six\"}").body()).isEqualTo("{\"success\":false,\"errors\":"
                + "{\"message\":\"incorrect_data_format\",\"code\":1002,\"details\":\"Значення «status» має бути цілим "
                + "числом.\"}}");
        admin.post("/sandbox/admin/faults", "{\"clear\":true}");
        assertThat(api.put("/orders/" + id, "{\"status\":6}").body()).contains("\"details\":{\"status\":"
                + "[\"Неможливо змінити статус. З 1 на 6. Наступний статус недоступний.\"]}");
    }

    @Test
    void aPagePastTheLastAnswersTheLastPageAgain() {
        login();
        createOrders(25, null);
        JsonNode second = api.getJson("/orders/search?page=2&sort=id");
        JsonNode beyond = api.getJson("/orders/search?page=7&sort=id");
        assertThat(second.path("content").path("orders")).hasSize(5);
        assertThat(beyond.path("content").path("orders")).isEqualTo(second.path("content").path("orders"));
        assertThat(beyond.path("content").path("_meta").path("currentPage").asInt()).isEqualTo(2);
        assertThat(beyond.path("content").path("_meta").path("pageCount").asInt()).isEqualTo(2);
    }

    @Test
    void orderStatusesComeAsOrderStatusesWithNameUk() {
        login();
        JsonNode first = api.getJson("/order-statuses/search?expand=status_available");
        JsonNode statuses = first.path("content").path("orderStatuses");
        assertThat(statuses).hasSize(20);
        assertThat(statuses.get(0).path("name_uk").asText()).isEqualTo("Нове замовлення");
        assertThat(statuses.get(0).path("status_available").get(0).path("child_id").asInt()).isEqualTo(26);
        int pages = first.path("content").path("_meta").path("pageCount").asInt();
        assertThat(pages).isGreaterThan(3);
        JsonNode group3 = api.getJson("/order-statuses/search?status_group=3");
        group3.path("content").path("orderStatuses").forEach(s -> assertThat(s.path("status_group").asInt()).isEqualTo(3));
    }

    @Test
    void faultsAreInjectedPerEndpointAndCounted() {
        login();
        createOrders(1, null);
        admin.post("/sandbox/admin/faults", "{\"endpoint\":\"orders.search\",\"errorShare\":1,\"times\":1}");
        HttpResponse<String> maintenance = api.get("/orders/search");
        assertThat(maintenance.statusCode()).isEqualTo(503);
        assertThat(maintenance.body()).contains("\"code\":5503", "technical_maintenance");
        assertThat(api.get("/orders/search").statusCode()).isEqualTo(200);

        admin.post("/sandbox/admin/faults", "{\"endpoint\":\"orders.search\",\"errorShare\":1,\"errorStatus\":429,"
                + "\"retryAfterSeconds\":7,\"times\":1}");
        HttpResponse<String> limited = api.get("/orders/search");
        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.headers().firstValue("Retry-After")).contains("7");

        admin.post("/sandbox/admin/faults", "{\"endpoint\":\"orders.get\",\"errorShare\":1,\"errorStatus\":502}");
        assertThat(api.get("/orders/812000001").statusCode()).isEqualTo(502);
        admin.post("/sandbox/admin/faults", "{\"clear\":true,\"endpoint\":\"*\",\"malformedShare\":1,\"times\":1}");
        HttpResponse<String> malformed = api.get("/orders/812000001");
        assertThat(malformed.statusCode()).isEqualTo(200);
        assertThatThrownBy(() -> SellerApiCalls.json(malformed)).isInstanceOf(RuntimeException.class);
        assertThat(api.get("/orders/812000001").statusCode()).isEqualTo(200);

        JsonNode stats = SellerApiCalls.json(admin.get("/sandbox/admin/stats"));
        assertThat(stats.path("calls").path("orders.search").asInt()).isEqualTo(3);
        assertThat(stats.path("calls").path("orders.get").asInt()).isEqualTo(3);
        assertThat(stats.path("faultsInjected").asInt()).isEqualTo(4);
    }

    @Test
    void theCarrierAndRozetkasSideMoveOrdersOnTheSandboxClock() {
        login();
        long shipped = createOrders(1, 61).get(0);
        admin.post("/sandbox/admin/clock/advance", "{\"days\":2}");
        JsonNode tracked = SellerApiCalls.json(admin.get("/sandbox/admin/orders/" + shipped));
        assertThat(tracked.path("order_status_history").findValues("status_id")).extracting(JsonNode::asInt)
                .containsSequence(61, 3, 4, 5);
        assertThat(tracked.path("status").asInt()).isIn(6, 11, 12);

        long open = createOrders(1, 26).get(0);
        JsonNode cancelled = SellerApiCalls.json(admin.post("/sandbox/admin/orders/" + open + "/cancel", "{\"status\":45}"));
        assertThat(cancelled.path("status").asInt()).isEqualTo(45);
        assertThat(cancelled.path("status_group").asInt()).isEqualTo(3);
        assertThat(admin.post("/sandbox/admin/orders/" + open + "/cancel", "{}").statusCode()).isEqualTo(409);

        long edited = createOrders(1, 26).get(0);
        JsonNode withMat = SellerApiCalls.json(admin.post("/sandbox/admin/orders/" + edited + "/items",
                "{\"changes\":[{\"offerId\":\"YOGA-MAT\",\"quantity\":1}]}"));
        assertThat(withMat.path("purchases").findValuesAsText("price_offer_id")).contains("YOGA-MAT");

        JsonNode forced = SellerApiCalls.json(admin.post("/sandbox/admin/orders/" + edited + "/status",
                "{\"status\":13}"));
        assertThat(forced.path("status").asInt()).isEqualTo(13);
        assertThat(admin.get("/sandbox/admin/orders/404").statusCode()).isEqualTo(404);

        assertThat(api.getJson("/orders/counts-new").path("errors").path("code").asInt())
                .as("two sandbox days outlive the 24-hour token").isEqualTo(1020);
        login();
        JsonNode newCounts = api.getJson("/orders/counts-new");
        assertThat(newCounts.path("content").path("all").asInt()).isEqualTo(3);
    }
}
