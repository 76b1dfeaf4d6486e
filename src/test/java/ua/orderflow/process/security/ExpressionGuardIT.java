package ua.orderflow.process.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import ua.orderflow.support.Http;
import ua.orderflow.support.PostgresIntegrationTest;
import ua.orderflow.support.TestUsers;

/**
 * No expression from a non-admin reaches the engine: a bean with a side effect stands in for what an
 * attacker would call, and its counter must not move. The admin's requests show the engine would
 * evaluate the very same expression, so each refusal is the guard's doing.
 */
@PostgresIntegrationTest
@Import(ExpressionGuardIT.SideEffectConfiguration.class)
class ExpressionGuardIT {

    static final AtomicInteger FIRED = new AtomicInteger();
    static final String EXPRESSION = "${sideEffect.fire()}";

    @TestConfiguration
    static class SideEffectConfiguration {
        @Bean
        SideEffect sideEffect() {
            return new SideEffect();
        }
    }

    public static class SideEffect {
        public Date fire() {
            FIRED.incrementAndGet();
            return new Date();
        }
    }

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;

    Http manager;
    Http admin;

    @BeforeEach
    void users() {
        TestUsers.ensure(engine.getIdentityService(), "guardmanager", "managers");
        manager = Http.anonymous(port).as("guardmanager", TestUsers.PASSWORD);
        admin = Http.anonymous(port).as(PostgresIntegrationTest.ADMIN, PostgresIntegrationTest.ADMIN_PASSWORD);
        FIRED.set(0);
    }

    @Test
    void anExpressionAtTheTopLevelOrInOrQueriesIsRefusedBeforeTheEngineSeesIt() {
        String orQuery = "{\"orQueries\":[{\"dueAfterExpression\":\"" + EXPRESSION + "\"}]}";
        // the hole itself: for the admin, Camunda CE evaluates an expression inside orQueries
        assertThat(admin.post("/engine-rest/task", orQuery).statusCode()).isEqualTo(200);
        assertThat(FIRED.getAndSet(0)).isPositive();

        for (String body : List.of(
                "{\"dueAfterExpression\":\"" + EXPRESSION + "\"}",
                orQuery,
                "{\"orQueries\":[{\"dueAfterExpression\":\"\\u0024{sideEffect.fire()}\"}]}",
                "{\"sorting\":[{\"sortBy\":\"dueDate\",\"sortOrder\":\"asc\",\"parameters\":{\"x\":\"#{sideEffect.fire()}\"}}]}")) {
            HttpResponse<String> refused = manager.post("/engine-rest/task", body);
            assertThat(refused.statusCode()).as(body).isEqualTo(400);
            assertThat(refused.body()).as(body).contains("дозволені лише адміністраторам");
        }
        HttpResponse<String> inQueryString = manager.get("/engine-rest/task?dueAfterExpression=%2524%257BsideEffect.fire()%257D");
        assertThat(inQueryString.statusCode()).isEqualTo(400);
        assertThat(FIRED.get()).isZero();
        // a query without an expression still works for a manager
        assertThat(manager.post("/engine-rest/task", "{\"orQueries\":[{\"name\":\"x\"}]}").statusCode()).isEqualTo(200);
    }

    @Test
    void aStoredFilterWithAForeignExpressionDoesNotRunForAManagerWhileTheProductsFiltersDo() {
        var filters = engine.getFilterService();
        Filter evil = filters.newTaskFilter("guard-test-evil");
        evil.setQuery(engine.getTaskService().createTaskQuery().dueAfterExpression(EXPRESSION));
        filters.saveFilter(evil);
        var authorizations = engine.getAuthorizationService();
        Authorization read = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        read.setGroupId("managers");
        read.setResource(Resources.FILTER);
        read.setResourceId(evil.getId());
        read.addPermission(Permissions.READ);
        authorizations.saveAuthorization(read);
        try {
            assertThat(admin.get("/engine-rest/filter/" + evil.getId() + "/count").statusCode()).isEqualTo(200);
            assertThat(FIRED.getAndSet(0)).isPositive();

            for (String run : List.of("/list", "/count")) {
                HttpResponse<String> refused = manager.post("/engine-rest/filter/" + evil.getId() + run, "{}");
                assertThat(refused.statusCode()).as(run).isEqualTo(400);
                assertThat(refused.body()).contains("Збережений фільтр містить вираз");
            }
            assertThat(manager.get("/engine-rest/filter/" + evil.getId() + "/list").statusCode()).isEqualTo(400);
            // nor may a manager save one
            assertThat(manager.post("/engine-rest/filter/create", "{\"resourceType\":\"Task\",\"name\":\"mine\","
                    + "\"query\":{\"dueAfterExpression\":\"" + EXPRESSION + "\"}}").statusCode()).isEqualTo(400);
            assertThat(FIRED.get()).isZero();

            for (String name : List.of("Мої задачі", "Задачі групи", "Передзвонити", "Прострочені")) {
                String id = filters.createFilterQuery().filterName(name).singleResult().getId();
                assertThat(manager.post("/engine-rest/filter/" + id + "/list",
                        "{\"sorting\":[{\"sortBy\":\"dueDate\",\"sortOrder\":\"asc\"}]}").statusCode()).as(name).isEqualTo(200);
            }
        } finally {
            filters.deleteFilter(evil.getId());
        }
    }

    @Test
    void theWebappsOwnEngineApiIsGuardedForASignedInManagerToo() throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String base = "http://localhost:" + port;
        browser.send(HttpRequest.newBuilder(URI.create(base + "/camunda/app/tasklist/default/")).build(),
                HttpResponse.BodyHandlers.discarding());
        HttpResponse<String> login = browser.send(HttpRequest.newBuilder(
                        URI.create(base + "/camunda/api/admin/auth/user/default/login/tasklist"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-XSRF-TOKEN", xsrf(browser, base))
                .POST(HttpRequest.BodyPublishers.ofString("username=guardmanager&password=" + TestUsers.PASSWORD))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
        // the session is new after the login; its CSRF token comes with the next answer
        browser.send(HttpRequest.newBuilder(URI.create(base + "/camunda/api/admin/auth/user/default")).build(),
                HttpResponse.BodyHandlers.discarding());

        HttpResponse<String> refused = postJson(browser, base, "/camunda/api/engine/engine/default/task",
                "{\"orQueries\":[{\"dueAfterExpression\":\"" + EXPRESSION + "\"}]}");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(FIRED.get()).isZero();

        HttpResponse<String> clean = postJson(browser, base, "/camunda/api/engine/engine/default/task/count",
                "{\"orQueries\":[{\"name\":\"x\"}]}");
        assertThat(clean.statusCode()).as(clean.body()).isEqualTo(200);
    }

    @Test
    void theAdminWebappsInitialSetupIsSwitchedOff() {
        HttpResponse<String> setup = Http.anonymous(port).post("/camunda/api/admin/setup/default/user/create",
                "{\"profile\":{\"id\":\"second-admin\"},\"credentials\":{\"password\":\"x\"}}");
        assertThat(setup.statusCode()).isEqualTo(403);
        assertThat(engine.getIdentityService().createUserQuery().userId("second-admin").count()).isZero();
    }

    /** As the webapps' own pages post: the session cookie and the CSRF token it was given. */
    private static HttpResponse<String> postJson(HttpClient browser, String base, String path, String json)
            throws Exception {
        return browser.send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .header("X-XSRF-TOKEN", xsrf(browser, base))
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String xsrf(HttpClient browser, String base) {
        return ((CookieManager) browser.cookieHandler().orElseThrow()).getCookieStore().get(URI.create(base + "/camunda/"))
                .stream().filter(c -> c.getName().equals("XSRF-TOKEN")).findFirst().orElseThrow().getValue();
    }
}
