package ua.orderflow.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import ua.orderflow.accounting.CatalogueImport;
import ua.orderflow.support.DeskFixture;
import ua.orderflow.support.DeskFixture.OrderTask;
import ua.orderflow.support.Http;
import ua.orderflow.support.Jobs;
import ua.orderflow.support.PostgresIntegrationTest;
import ua.orderflow.support.TestData;
import ua.orderflow.support.TestUsers;
import ua.orderflow.sync.SandboxAdmin;
import ua.orderflow.sync.ShopSync;

/**
 * The expense note is issued in the manager's completion of «Відправити замовлення», so a note the
 * books cannot issue is the manager's to see, over the engine's REST API as Tasklist submits the form.
 */
@PostgresIntegrationTest
class ShipFormFailureIT {

    private static final String TTN = "20450000000001";

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

    @Test
    void aShipFormWhoseExpenseNoteFailsIsRefusedInWordsAndNothingIsShipped() {
        SandboxAdmin sandbox = new SandboxAdmin(port);
        Http manager = Http.anonymous(port).as(TestUsers.ensure(engine.getIdentityService(), "shipmanager", "managers"),
                TestUsers.PASSWORD);
        OrderTask order = DeskFixture.awaitingConfirmation(engine, jdbc, catalogue, sync, sandbox, 1).get(0);
        sandbox.payIfCard(order.orderId());
        engine.getTaskService().complete(order.taskId(), Map.of("outcome", "confirmed"));
        assertThat(Jobs.runDue(engine.getManagementService())).isEmpty();
        Task ship = engine.getTaskService().createTaskQuery().taskDefinitionKey("ship-order").singleResult();
        assertThat(ship).as("the order waits to be shipped").isNotNull();

        // the books have lost the order's invoice: a repair by hand gone wrong
        for (String table : new String[] {"invoice_line", "reservation", "payment"}) {
            jdbc.sql("delete from " + table + " where invoice_id in (select id from invoice where order_id = :id)")
                    .param("id", order.orderId()).update();
        }
        jdbc.sql("delete from invoice where order_id = :id").param("id", order.orderId()).update();
        Map<String, Integer> stock = TestData.onHand(jdbc);

        assertThat(manager.post("/engine-rest/task/" + ship.getId() + "/claim", "{\"userId\":\"shipmanager\"}").statusCode())
                .isEqualTo(204);
        HttpResponse<String> submitted = manager.post("/engine-rest/task/" + ship.getId() + "/submit-form",
                "{\"variables\":{\"ttn\":{\"value\":\"" + TTN + "\"},\"ownCourier\":{\"value\":false}}}");

        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(500);
        assertThat(submitted.body()).as("what Tasklist shows the manager")
                .contains("Замовлення " + order.orderId() + " не має рахунку");
        assertThat(engine.getTaskService().createTaskQuery().taskId(ship.getId()).singleResult())
                .as("the ship task stays open, still the manager's").extracting(Task::getAssignee).isEqualTo("shipmanager");
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(ship.getProcessInstanceId()).count())
                .as("no status push queued").isZero();
        assertThat(sandbox.status(order.orderId())).as("ROZETKA still has «Дані підтверджені»").isEqualTo(2);
        assertThat(jdbc.sql("select count(*) from expense_note").query(Long.class).single()).isZero();
        assertThat(TestData.onHand(jdbc)).as("nothing written off").isEqualTo(stock);
    }
}
