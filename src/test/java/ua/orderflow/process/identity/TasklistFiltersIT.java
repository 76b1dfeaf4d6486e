package ua.orderflow.process.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.persistence.entity.FilterEntity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import ua.orderflow.accounting.CatalogueImport;
import ua.orderflow.support.DeskFixture;
import ua.orderflow.support.DeskFixture.OrderTask;
import ua.orderflow.support.Http;
import ua.orderflow.support.PostgresIntegrationTest;
import ua.orderflow.support.TestUsers;
import ua.orderflow.sync.SandboxAdmin;
import ua.orderflow.sync.ShopSync;

/**
 * The shared filters as Tasklist calls them (POST /filter/{id}/list, HAL, with its own sorting), for
 * a manager and a supervisor: the card's columns, the due-date order, one filter per stage, and
 * a database from an earlier version brought up to date.
 */
@PostgresIntegrationTest
class TasklistFiltersIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** What Tasklist's list sends when nobody picked a sort: newest first. */
    private static final String TASKLIST_DEFAULT_BODY = """
            {"processVariables":[],"taskVariables":[],"caseInstanceVariables":[],
             "sorting":[{"sortBy":"created","sortOrder":"desc"}],"active":true,"firstResult":0,"maxResults":15}""";

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    CatalogueImport catalogue;
    @Autowired
    ShopSync sync;
    @Autowired
    IdentityBootstrap bootstrap;

    Http manager;
    Http supervisor;
    List<OrderTask> created;

    @BeforeEach
    void threeOrdersToCall() {
        manager = Http.anonymous(port).as(TestUsers.ensure(engine.getIdentityService(), "filtermanager", "managers"),
                TestUsers.PASSWORD);
        supervisor = Http.anonymous(port).as(
                TestUsers.ensure(engine.getIdentityService(), "filtersupervisor", "supervisors"), TestUsers.PASSWORD);
        created = DeskFixture.awaitingConfirmation(engine, jdbc, catalogue, sync, new SandboxAdmin(port), 3);
    }

    @Test
    void aManagersGroupCardsCarryTheOrderAndComeSoonestDueFirstWhateverTasklistSorts() throws Exception {
        List<OrderTask> byDue = DeskFixture.dueOutOfCreationOrder(engine, created);

        JsonNode list = list(manager, "Задачі групи");

        List<String> ids = new ArrayList<>();
        list.path("_embedded").path("task").forEach(t -> ids.add(t.path("id").asText()));
        assertThat(ids).containsExactlyElementsOf(byDue.stream().map(OrderTask::taskId).toList());
        for (JsonNode task : list.path("_embedded").path("task")) {
            OrderTask expected = byDue.get(ids.indexOf(task.path("id").asText()));
            Map<String, JsonNode> columns = columns(task);
            // the order's number is in the title (TaskTitles), not a column of its own
            assertThat(task.path("name").asText()).contains(String.valueOf(expected.orderId()));
            assertThat(columns).doesNotContainKey("orderId");
            // buyer · amount · city
            assertThat(columns.get("summary").asText()).matches(".+ · [0-9\u00a0]+,\\d{2}\u00a0грн · .+");
            assertThat(columns.get("rozetkaStatusName").asText()).isEqualTo("Обробляється менеджером");
        }
    }

    @Test
    void aManagerReadsTheCardsAndTheFormsButNotTheOrdersInstances() throws Exception {
        String instance = engine.getTaskService().createTaskQuery().taskId(created.get(0).taskId()).singleResult()
                .getProcessInstanceId();

        HttpResponse<String> form = manager.get("/engine-rest/task/" + created.get(0).taskId() + "/form-variables");
        assertThat(form.statusCode()).as(form.body()).isEqualTo(200);
        assertThat(JSON.readTree(form.body()).path("card").path("value").toString()).contains("Разом до сплати");

        assertThat(JSON.readTree(manager.get("/engine-rest/process-instance/count").body()).path("count").asLong())
                .isZero();
        assertThat(manager.get("/engine-rest/process-instance/" + instance).statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(manager.get("/engine-rest/execution/count").body()).path("count").asLong()).isZero();
        assertThat(JSON.readTree(manager.get("/engine-rest/event-subscription/count").body()).path("count").asLong())
                .isZero();
        // what the right does give: the variables of an order's instance, which the card shows anyway
        assertThat(manager.get("/engine-rest/process-instance/" + instance + "/variables").statusCode())
                .isEqualTo(200);

        // supervisors keep what Cockpit shows them: instances and their variables
        assertThat(JSON.readTree(supervisor.get("/engine-rest/process-instance/count").body()).path("count").asLong())
                .isEqualTo(created.size());
        HttpResponse<String> variables = supervisor.get("/engine-rest/process-instance/" + instance + "/variables");
        assertThat(variables.statusCode()).as(variables.body()).isEqualTo(200);
        // the ids are in the business key and the card, not variables of their own
        JsonNode values = JSON.readTree(variables.body());
        assertThat(values.has("orderId")).isFalse();
        assertThat(values.path("card").path("value").toString()).contains(String.valueOf(created.get(0).orderId()));
    }

    @Test
    void eachStageHasItsFilterForWhoWorksItAndTheKindsOfEarlierVersionsAreGone() throws Exception {
        List<String> managers = filterNames(manager);
        assertThat(managers).contains("Мої задачі", "Задачі групи", "Передзвонити", "Прострочені", "В обробці",
                "Підтверджено", "Відправлено", "Конфлікти статусів")
                .doesNotContain("Після відправлення")
                .doesNotContainAnyElementsOf(TasklistFilters.RETIRED);
        assertThat(filterNames(supervisor)).containsAll(managers).contains("Після відправлення");

        assertThat(list(manager, "В обробці").path("count").asLong()).isEqualTo(created.size());
        assertThat(list(manager, "Підтверджено").path("count").asLong()).isZero();
        assertThat(list(supervisor, "Конфлікти статусів").path("count").asLong()).isZero();
    }

    @Test
    void aKindsFilterOfAnEarlierVersionIsRemovedOnStartButSomeonesOwnOfTheSameNameStays() {
        FilterService filters = engine.getFilterService();
        filters.saveFilter(filters.newTaskFilter("Відвантажити").setQuery(engine.getTaskService().createTaskQuery()
                .taskDefinitionKey("ship-order")));
        filters.saveFilter(filters.newTaskFilter("Оплата").setOwner("filtermanager")
                .setQuery(engine.getTaskService().createTaskQuery().taskDefinitionKey("check-payment")));
        try {
            bootstrap.bootstrap();
            assertThat(filters.createFilterQuery().filterName("Відвантажити").count()).isZero();
            assertThat(filters.createFilterQuery().filterName("Оплата").filterOwner("filtermanager").count()).isOne();
        } finally {
            filters.createFilterQuery().filterName("Оплата").list().forEach(f -> filters.deleteFilter(f.getId()));
        }
    }

    @Test
    void aFilterLeftByAnEarlierVersionIsBroughtUpToDateOnStartAndAnUpToDateOneIsLeftAlone() throws Exception {
        FilterService filters = engine.getFilterService();
        Filter group = filters.createFilterQuery().filterName("Задачі групи").singleResult();
        String id = group.getId();
        try {
            // as an earlier version saved it: one column, created newest first, someone else's group
            group.setProperties(Map.of("description", "old", "priority", 0, "refresh", true,
                    "variables", List.of(Map.of("name", "orderId", "label", "Замовлення"))));
            group.setQuery(engine.getTaskService().createTaskQuery().taskCandidateGroup("nobody")
                    .orderByTaskCreateTime().desc());
            filters.saveFilter(group);
            assertThat(list(manager, "Задачі групи").path("count").asLong()).isZero();
        } finally {
            bootstrap.bootstrap();
        }

        Filter updated = filters.getFilter(id);
        assertThat(updated.getProperties().get("variables")).isEqualTo(TasklistFilters.CARD_VARIABLES);
        assertThat(list(manager, "Задачі групи").path("count").asLong()).isEqualTo(created.size());
        int revision = ((FilterEntity) updated).getRevision();
        bootstrap.bootstrap();
        assertThat(((FilterEntity) filters.getFilter(id)).getRevision()).as("saved again unchanged").isEqualTo(revision);
    }

    private JsonNode list(Http caller, String filterName) throws Exception {
        String id = engine.getFilterService().createFilterQuery().filterName(filterName).singleResult().getId();
        HttpResponse<String> response = caller.post("/engine-rest/filter/" + id + "/list?firstResult=0&maxResults=15",
                TASKLIST_DEFAULT_BODY, "application/hal+json");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static Map<String, JsonNode> columns(JsonNode halTask) {
        Map<String, JsonNode> columns = new HashMap<>();
        halTask.path("_embedded").path("variable").forEach(v -> columns.put(v.path("name").asText(), v.path("value")));
        return columns;
    }

    private static List<String> filterNames(Http caller) throws Exception {
        HttpResponse<String> response = caller.get("/engine-rest/filter?resourceType=Task");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        List<String> names = new ArrayList<>();
        JSON.readTree(response.body()).forEach(f -> names.add(f.path("name").asText()));
        return names;
    }
}
