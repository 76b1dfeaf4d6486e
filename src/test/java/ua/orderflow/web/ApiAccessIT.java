package ua.orderflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import ua.orderflow.support.Http;
import ua.orderflow.support.PostgresIntegrationTest;
import ua.orderflow.support.TestUsers;

/** Who may do what on /api and the actuator: README's "Roles" table, request by request. */
@PostgresIntegrationTest
class ApiAccessIT {

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;

    final Map<String, Http> callers = new LinkedHashMap<>();

    @BeforeEach
    void users() {
        var identity = engine.getIdentityService();
        Http anonymous = Http.anonymous(port);
        callers.put("anonymous", anonymous);
        callers.put("nobody", anonymous.as(TestUsers.ensure(identity, "accessnobody", null), TestUsers.PASSWORD));
        callers.put("manager", anonymous.as(TestUsers.ensure(identity, "accessmanager", "managers"), TestUsers.PASSWORD));
        callers.put("supervisor", anonymous.as(TestUsers.ensure(identity, "accesssupervisor", "supervisors"),
                TestUsers.PASSWORD));
        callers.put("storekeeper", anonymous.as(TestUsers.ensure(identity, "accessstorekeeper", "storekeepers"),
                TestUsers.PASSWORD));
        callers.put("admin", anonymous.as(PostgresIntegrationTest.ADMIN, PostgresIntegrationTest.ADMIN_PASSWORD));
    }

    @Test
    void eachRoleReachesWhatItsJobNeedsAndNothingMore() {
        // status per caller, in the order anonymous, nobody, manager, supervisor, storekeeper, admin
        expect("GET", "/api/orders", 401, 403, 200, 200, 403, 200);
        expect("GET", "/api/sync/runs", 401, 403, 200, 200, 403, 200);
        expect("GET", "/api/clients?phone=380000000001", 401, 403, 404, 404, 403, 404);
        expect("GET", "/api/stock", 401, 403, 200, 200, 200, 200);
        expect("POST", "/api/catalogue/import", 401, 403, 403, 403, 200, 200);
        expect("POST", "/api/sync/no-such-shop", 401, 403, 403, 404, 403, 404);
        expect("GET", "/actuator/health", 200, 200, 200, 200, 200, 200);
        expect("GET", "/actuator/health/readiness", 200, 200, 200, 200, 200, 200);
        expect("GET", "/actuator/metrics", 401, 403, 403, 200, 403, 200);
        expect("GET", "/actuator/prometheus", 401, 403, 403, 200, 403, 200);
        expect("GET", "/v3/api-docs", 401, 403, 200, 200, 200, 200);
    }

    @Test
    void aRefusalSaysInWordsWhichRoleIsNeeded() {
        HttpResponse<String> refused = callers.get("manager").post("/api/sync/sandbox", "");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("json"));
        assertThat(refused.body()).contains("Недостатньо прав").contains("«Супервізор»");

        HttpResponse<String> catalogue = callers.get("manager").send("POST", "/api/catalogue/import",
                "text/csv", "offer_id;article;name;price;category;warehouse;quantity\nX-1;;Підробка;1.00;;Склад;1\n");
        assertThat(catalogue.statusCode()).isEqualTo(403);
        assertThat(catalogue.body()).contains("«Комірник»");
    }

    @Test
    void aWrongPasswordDoesNotKeepTheRightOneOutAndAGuesserIsHeldBack() {
        var identity = engine.getIdentityService();
        String user = TestUsers.ensure(identity, "accessguessed", "managers");
        Http anonymous = Http.anonymous(port);
        assertThat(anonymous.as(user, "wrong").get("/api/orders").statusCode()).isEqualTo(401);
        // the engine's own throttle refused the right password for seconds after one wrong one
        assertThat(anonymous.as(user, TestUsers.PASSWORD).get("/api/orders").statusCode()).isEqualTo(200);
        assertThat(anonymous.as(user, "wrong").get("/engine-rest/task/count").statusCode()).isEqualTo(401);
        assertThat(anonymous.as(user, TestUsers.PASSWORD).get("/engine-rest/task/count").statusCode()).isEqualTo(200);

        for (int i = 0; i < 5; i++) {
            anonymous.as(user, "guess" + i).get("/engine-rest/task/count");
        }
        HttpResponse<String> heldBack = anonymous.as(user, TestUsers.PASSWORD).get("/api/orders");
        assertThat(heldBack.statusCode()).isEqualTo(429);
        assertThat(heldBack.headers().firstValue("Retry-After")).isPresent();
        assertThat(heldBack.body()).contains("Забагато невдалих спроб входу");
        // nobody else is held back, and the user was never locked in the engine
        assertThat(callers.get("manager").get("/api/orders").statusCode()).isEqualTo(200);
        assertThat(identity.createUserQuery().userId(user).singleResult()).isNotNull();
        assertThat(identity.checkPassword(user, TestUsers.PASSWORD)).isTrue();
    }

    @Test
    void prometheusServesOurSeries() {
        HttpResponse<String> scrape = callers.get("supervisor").get("/actuator/prometheus");
        assertThat(scrape.statusCode()).isEqualTo(200);
        assertThat(scrape.body()).contains("orderflow_");
    }

    @Test
    void badInputGetsAFourHundredInWordsNeverAStackTrace() {
        Http manager = callers.get("manager");
        assertAnswer(manager.get("/api/orders/sandbox/not-a-number/documents"), 400, "очікується число");
        assertAnswer(manager.get("/api/orders/sandbox/999999999/documents"), 404, "Замовлення 999999999");
        assertAnswer(manager.get("/api/sync/runs/999999999"), 404, "Запуску синхронізації 999999999");
        assertAnswer(manager.get("/api/clients"), 400, "Не вказано параметр «phone»");
        assertAnswer(manager.get("/api/no-such-thing"), 404, "Такої адреси в API немає");
        assertAnswer(manager.get("/api/orders?page=abc"), 400, "«page»");
        assertAnswer(manager.get("/api/orders?page=0"), 400, "починається з 1");
        HttpResponse<String> farPage = manager.get("/api/orders?page=2147483647");
        assertThat(farPage.statusCode()).as(farPage.body()).isEqualTo(200);
        assertThat(farPage.body()).isEqualTo("[]");
        Http admin = callers.get("admin");
        assertAnswer(admin.send("POST", "/api/catalogue/import", "application/json", "{\"not\":\"csv\"}"), 415,
                "Непідтримуваний тип");
        assertAnswer(admin.post("/api/orders/sandbox/1/resync", "{"), 404, "Замовлення");
        // path tricks: refused by the server or normalised onto a path with its own login, never served
        for (String trick : List.of("/api/orders/sandbox/..%2F..%2Fsync/runs", "/api/orders/%2e%2e/%2e%2e/actuator/env",
                "/api/orders/sandbox/%00/documents", "/api/../engine-rest/user")) {
            HttpResponse<String> answer = manager.get(trick);
            assertThat(answer.statusCode()).as(trick + ": " + answer.body()).isBetween(400, 499);
            // the engine's own 404 names its exception type; what must never show is a stack trace
            assertThat(answer.body()).as(trick).doesNotContainPattern("\\bat [a-z]+\\.[a-z.]+\\(");
        }
    }

    private static void assertAnswer(HttpResponse<String> answer, int status, String words) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
        assertThat(answer.body()).contains("\"message\"").contains(words).doesNotContain("Exception").doesNotContain("at ua.");
    }

    private void expect(String method, String path, int... statuses) {
        int i = 0;
        for (Map.Entry<String, Http> caller : callers.entrySet()) {
            HttpResponse<String> answer = "GET".equals(method) ? caller.getValue().get(path)
                    : caller.getValue().send(method, path, "text/csv", "offer_id;article;name;price;category;warehouse;quantity\n");
            assertThat(answer.statusCode()).as(caller.getKey() + " " + method + " " + path + ": " + answer.body())
                    .isEqualTo(statuses[i++]);
        }
    }
}
