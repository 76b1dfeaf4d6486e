package ua.orderflow.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import ua.orderflow.accounting.Invoices;
import ua.orderflow.accounting.CatalogueImport;
import ua.orderflow.support.Http;
import ua.orderflow.support.TestData;
import ua.orderflow.sync.change.OrderView;
import ua.orderflow.support.PostgresIntegrationTest;
import ua.orderflow.sync.journal.RunOutcome;
import ua.orderflow.sync.journal.SyncJournal;
import ua.orderflow.sync.journal.SyncRun;

/** Intake and re-sync against the sandbox over HTTP, on PostgreSQL. */
@PostgresIntegrationTest
class SyncIT {

    private static final String SHOP = "sandbox";

    @LocalServerPort
    int port;
    @Autowired
    ShopSync sync;
    @Autowired
    SyncJournal journal;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ProcessEngine engine;
    @Autowired
    LedgerSnapshots snapshots;
    @Autowired
    Invoices invoices;

    SandboxAdmin sandbox;

    @Autowired
    CatalogueImport catalogue;

    @BeforeEach
    void cleanSlate() {
        sandbox = new SandboxAdmin(port);
        TestData.forgetEverything(engine, jdbc, catalogue);
        sandbox.reset();
    }

    @Test
    void ordersInEveryStatusAreImportedAtTheirStageOnceAndFailedOnesAreLeftOut() {
        Map<Integer, String> stageOf = Map.of(1, "NEW", 26, "PROCESSING", 2, "CONFIRMED", 61, "SHIPPED",
                4, "DELIVERING", 5, "AT_PICKUP", 6, "RECEIVED");
        Map<Long, String> expected = new HashMap<>();
        // 500 orders: 70 in each of seven statuses and 10 cancelled by the buyer
        stageOf.forEach((status, stage) -> sandbox.createOrders(70, status).forEach(id -> expected.put(id, stage)));
        List<Long> cancelled = sandbox.createOrders(10, 45);

        SyncRun first = sync.sync(SHOP, "TEST").orElseThrow();

        assertThat(first.outcome()).isEqualTo(RunOutcome.OK);
        assertThat(first.imported()).isEqualTo(expected.size());
        assertThat(first.ordersSeen()).isEqualTo(expected.size() + cancelled.size());
        expected.forEach((id, stage) -> {
            assertThat(jdbc.sql("select stage from marketplace_order where shop_id = 'sandbox' and order_id = :id")
                    .param("id", id).query(String.class).single()).as("order " + id).isEqualTo(stage);
            assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
                    .processInstanceBusinessKey(SHOP + ":" + id).count()).as("instances of " + id).isEqualTo(1);
        });
        cancelled.forEach(id -> assertThat(jdbc.sql(
                "select count(*) from marketplace_order where order_id = :id").param("id", id).query(Long.class)
                .single()).isZero());
        assertThat(journal.runEvents(first.id())).filteredOn(e -> e.kind().name().equals("IMPORTED"))
                .hasSize(expected.size())
                .allSatisfy(e -> assertThat(e.message()).contains("імпортовано на етап"));

        SyncRun second = sync.sync(SHOP, "TEST").orElseThrow();
        assertThat(second.imported()).isZero();
        assertThat(second.outcome()).isEqualTo(RunOutcome.OK);
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processDefinitionKey("rozetka-order").count()).isEqualTo(expected.size());
    }

    @Test
    void anOrderWhoseInstanceAnAdministratorDeletedComesBackWithTheNextSyncOnce() {
        List<Long> ids = sandbox.createOrders(2, 26);
        sync.sync(SHOP, "TEST");
        long deleted = ids.get(0);
        long kept = ids.get(1);
        // as Cockpit and the REST API delete: externally terminated
        engine.getRuntimeService().deleteProcessInstance(running(deleted).get(0), "видалено в Cockpit", false, true);

        SyncRun next = sync.sync(SHOP, "TEST").orElseThrow();

        assertThat(next.imported()).isEqualTo(1);
        assertThat(running(deleted)).hasSize(1);
        assertThat(running(kept)).hasSize(1);
        assertThat(journal.runEvents(next.id())).filteredOn(e -> e.orderId() != null && e.orderId() == deleted)
                .anySatisfy(e -> assertThat(e.message()).contains("імпортовано повторно", "видалено"));
        // running again, it is not started once more
        assertThat(sync.sync(SHOP, "TEST").orElseThrow().imported()).isZero();
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(SHOP + ":" + deleted).count()).isEqualTo(2);
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(SHOP + ":" + kept).count()).isEqualTo(1);
    }

    private List<String> running(long orderId) {
        return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("rozetka-order")
                .processInstanceBusinessKey(SHOP + ":" + orderId).list().stream().map(p -> p.getId()).toList();
    }

    @Test
    void anUnchangedWindowWithNoParcelOnTheWayCostsOneCallPerPage() {
        sandbox.createOrders(45, 26);
        sync.sync(SHOP, "TEST");
        int searchesBefore = sandbox.stats().path("calls").path("orders.search").asInt();

        assertThat(sync.sync(SHOP, "TEST").orElseThrow().imported()).isZero();

        // 45 orders are three pages of 20; none is shipped, so no search by the last status change
        assertThat(sandbox.stats().path("calls").path("orders.search").asInt()).isEqualTo(searchesBefore + 3);
    }

    @Test
    void twoHundredGeneratedOrdersAreInvoicedAtExactlyRozetkasTotal() {
        List<Long> ids = sandbox.createOrders(200, 26);
        sync.sync(SHOP, "TEST");
        for (long id : ids) {
            OrderView seen = snapshots.view(SHOP, id);
            Invoices.Issued invoice = invoices.issue(LedgerSnapshots.of(SHOP, seen));
            assertThat(invoice.total()).as("order " + id).isEqualByComparingTo(
                    new java.math.BigDecimal(sandbox.order(id).path("cost_with_discount").asText()));
            invoices.cancel(SHOP, id);
        }
    }

    @Test
    void aCancellationInTheCabinetReachesTheInstanceAndTheJournal() {
        long id = sandbox.createOrders(1, 26).get(0);
        sync.sync(SHOP, "TEST");
        sandbox.cancelByBuyer(id);

        SyncRun run = sync.sync(SHOP, "TEST").orElseThrow();

        assertThat(run.updated()).as(run + " " + journal.runEvents(run.id())).isEqualTo(1);
        assertThat(journal.orderEvents(SHOP, id)).anySatisfy(e -> {
            assertThat(e.kind().name()).isEqualTo("CANCELLED_UPSTREAM");
            assertThat(e.message()).contains("скасовано в ROZETKA");
        });
        // the interrupting event subprocess took the message: the instance holds the cancel status
        assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery()
                .processInstanceIdIn(instanceId(id)).variableName("cancelStatus").list())
                .extracting(v -> v.getValue()).contains(45);
        assertThat(engine.getRuntimeService().createEventSubscriptionQuery()
                .processInstanceId(instanceId(id)).eventName("OrderStatusChanged").count()).isZero();
        assertThat(jdbc.sql("select stage from marketplace_order where order_id = :id").param("id", id)
                .query(String.class).single()).isEqualTo("CANCELLED");
    }

    @Test
    void editedItemsShowAsADifferenceInTheJournal() {
        long id = sandbox.createOrders(1, 26).get(0);
        sync.sync(SHOP, "TEST");
        var purchases = sandbox.order(id).path("purchases");
        long purchase = purchases.path(0).path("id").asLong();
        List<String> present = new ArrayList<>();
        purchases.forEach(p -> present.add(p.path("item").path("price_offer_id").asText()));
        String added = List.of("YOGA-MAT", "BOTTLE-750", "LAMP-LED", "PAN-28").stream()
                .filter(offer -> !present.contains(offer)).findFirst().orElseThrow();
        sandbox.editItems(id, "[{\"purchaseId\":" + purchase + ",\"quantity\":3},{\"offerId\":\"" + added
                + "\",\"quantity\":1}]");

        sync.sync(SHOP, "TEST");

        assertThat(journal.orderEvents(SHOP, id)).anySatisfy(e -> {
            assertThat(e.kind().name()).isEqualTo("ITEMS_CHANGED");
            assertThat(e.message()).contains("кількість", "→ 3", "додано «");
            assertThat(e.details()).contains("\"kind\":\"ADDED\",\"key\":\"" + added + "\"");
        });
    }

    @Test
    void rozetkaDownFailsTheRunKeepsTheWindowAndTheNextRunCatchesUp() {
        sync.sync(SHOP, "TEST");
        var windowBefore = jdbc.sql("select last_success_to from sync_shop_state where shop_id = 'sandbox'")
                .query(java.time.LocalDateTime.class).single();
        List<Long> created = new ArrayList<>(sandbox.createOrders(25, 1));
        sandbox.faults("{\"endpoint\":\"orders.search\",\"errorShare\":1.0,\"errorStatus\":503}");

        SyncRun failed = sync.sync(SHOP, "TEST").orElseThrow();

        assertThat(failed.outcome()).isEqualTo(RunOutcome.FAILED);
        assertThat(journal.runEvents(failed.id())).anySatisfy(e -> assertThat(e.message()).startsWith("ROZETKA недоступна"));
        assertThat(jdbc.sql("select last_success_to from sync_shop_state where shop_id = 'sandbox'")
                .query(java.time.LocalDateTime.class).single()).isEqualTo(windowBefore);

        sandbox.faults("{\"clear\":true}");
        SyncRun caughtUp = sync.sync(SHOP, "TEST").orElseThrow();
        assertThat(caughtUp.outcome()).isEqualTo(RunOutcome.OK);
        assertThat(caughtUp.imported()).isEqualTo(created.size());
    }

    @Test
    void aRunRozetkaAsksToSlowDownIsJournalledAsSuchAndKeepsTheWindow() {
        sync.sync(SHOP, "TEST");
        var windowBefore = jdbc.sql("select last_success_to from sync_shop_state where shop_id = 'sandbox'")
                .query(java.time.LocalDateTime.class).single();
        int searchesBefore = sandbox.stats().path("calls").path("orders.search").asInt();
        sandbox.faults("{\"endpoint\":\"orders.search\",\"errorShare\":1.0,\"errorStatus\":429,"
                + "\"retryAfterSeconds\":1}");

        SyncRun limited = sync.sync(SHOP, "TEST").orElseThrow();

        assertThat(limited.outcome()).isEqualTo(RunOutcome.FAILED);
        assertThat(journal.runEvents(limited.id())).anySatisfy(e -> {
            assertThat(e.kind()).isEqualTo(ua.orderflow.sync.journal.EventKind.ROZETKA_RATE_LIMITED);
            assertThat(e.message()).isEqualTo("ROZETKA просить звертатися рідше (HTTP 429), наступний запит не раніше "
                    + "ніж за 1 с. Вікно синхронізації не зсунуто, наступний запуск надолужить.");
        });
        assertThat(jdbc.sql("select last_success_to from sync_shop_state where shop_id = 'sandbox'")
                .query(java.time.LocalDateTime.class).single()).isEqualTo(windowBefore);
        // three tries, each after the second ROZETKA asked for
        assertThat(sandbox.stats().path("calls").path("orders.search").asInt()).isEqualTo(searchesBefore + 3);

        sandbox.faults("{\"clear\":true}");
        assertThat(sync.sync(SHOP, "TEST").orElseThrow().outcome()).isEqualTo(RunOutcome.OK);
    }

    @Test
    void aMessageTheInstanceCannotTakeYetWaitsInTheInboxAndIsDeliveredLater(@Autowired OrderSyncer syncer,
            @Autowired ua.orderflow.sync.inbox.Inbox inbox) {
        long id = anOrderWithAStatusItsInstanceCannotTakeYet();
        assertThat(inbox.pendingFor(SHOP, id)).extracting(m -> m.messageName()).containsExactly("OrderStatusChanged");
        assertThat(journal.orderEvents(SHOP, id)).anySatisfy(e -> assertThat(e.kind().name()).isEqualTo("MESSAGE_QUEUED"));

        assertThat(ua.orderflow.support.Jobs.runDue(engine.getManagementService())).isEmpty();
        assertThat(syncer.redeliverAllWaiting(100)).isEqualTo(1);

        assertThat(inbox.pendingFor(SHOP, id)).isEmpty();
        assertThat(journal.orderEvents(SHOP, id)).anySatisfy(e -> assertThat(e.kind().name()).isEqualTo("MESSAGE_DELIVERED"));
        assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(instanceId(id))
                .activityId("wait-rozetka-status").finished().count()).isEqualTo(1);
    }

    @Test
    void aWaitingMessageForAnInstanceThatHasEndedIsSettledNotKeptWaiting(@Autowired OrderSyncer syncer,
            @Autowired ua.orderflow.sync.inbox.Inbox inbox) {
        long id = anOrderWithAStatusItsInstanceCannotTakeYet();
        assertThat(inbox.pendingFor(SHOP, id)).hasSize(1);
        // the order ends before it ever waits for a status: cancelled, its documents with it
        engine.getRuntimeService().createMessageCorrelation("OrderCancelled").processInstanceBusinessKey(SHOP + ":" + id)
                .setVariable("rozetkaStatus", 45).correlate();
        assertThat(ua.orderflow.support.Jobs.runDue(engine.getManagementService())).isEmpty();
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(SHOP + ":" + id)
                .count()).isZero();

        assertThat(syncer.redeliverAllWaiting(100)).isEqualTo(1);

        assertThat(inbox.pendingFor(SHOP, id)).isEmpty();
        assertThat(inbox.backlog()).isZero();
        assertThat(journal.orderEvents(SHOP, id)).anySatisfy(e -> assertThat(e.message())
                .contains("OrderStatusChanged", "процес замовлення вже завершено"));
    }

    @Test
    void syncOnDemandOverRest() {
        sandbox.createOrders(2, 1);
        Http admin = Http.anonymous(port).as(PostgresIntegrationTest.ADMIN, PostgresIntegrationTest.ADMIN_PASSWORD);
        var answer = admin.post("/api/sync/sandbox", "");
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("\"imported\":2", "\"outcome\":\"OK\"");
        assertThat(Http.anonymous(port).post("/api/sync/sandbox", "").statusCode()).isEqualTo(401);
    }

    /** Imported shipped, then at the pickup point before the instance ran its first step: the status waits. */
    private long anOrderWithAStatusItsInstanceCannotTakeYet() {
        long id = sandbox.createOrders(1, 61).get(0);
        sync.sync(SHOP, "TEST");
        // the instance still stands before its first async step: it does not wait for statuses yet
        sandbox.forceStatus(id, 5);
        sync.sync(SHOP, "TEST");
        return id;
    }

    private String instanceId(long orderId) {
        return engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(SHOP + ":" + orderId).singleResult().getId();
    }
}
