package ua.orderflow.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import ua.orderflow.support.Http;
import ua.orderflow.support.PostgresIntegrationTest;
import ua.orderflow.support.TestData;
import ua.orderflow.support.TestUsers;

/**
 * The expense note is issued in the manager's completion of «Відправити замовлення», so a note the
 * books cannot issue is the manager's to see, over the engine's REST API as Tasklist submits the form.
 */
@PostgresIntegrationTest
class ShipFormFailureIT extends AgainstTheSandbox {

    private static final String TTN = "20450000000001";

    @Test
    void aShipFormWhoseExpenseNoteFailsIsRefusedInWordsAndNothingIsShipped() {
        Http manager = Http.anonymous(port).as(TestUsers.ensure(engine.getIdentityService(), "shipmanager", "managers"),
                TestUsers.PASSWORD);
        long id = sandbox.createOrders(1, 1).get(0);
        sandbox.payIfCard(id);
        desk.syncAndRun();
        desk.complete(id, "confirm-order", Map.of("outcome", "confirmed"));
        desk.run();
        Task ship = desk.task(id, "ship-order");
        assertThat(ship).as("the order waits to be shipped, at " + desk.waitsAt(id)).isNotNull();

        // the books have lost the order's invoice: a repair by hand gone wrong
        for (String table : new String[] {"invoice_line", "reservation", "payment"}) {
            jdbc.sql("delete from " + table + " where invoice_id in (select id from invoice where order_id = :id)")
                    .param("id", id).update();
        }
        jdbc.sql("delete from invoice where order_id = :id").param("id", id).update();
        Map<String, Integer> stock = TestData.onHand(jdbc);

        assertThat(manager.post("/engine-rest/task/" + ship.getId() + "/claim", "{\"userId\":\"shipmanager\"}").statusCode())
                .isEqualTo(204);
        HttpResponse<String> submitted = manager.post("/engine-rest/task/" + ship.getId() + "/submit-form",
                "{\"variables\":{\"ttn\":{\"value\":\"" + TTN + "\"},\"ownCourier\":{\"value\":false}}}");

        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(500);
        assertThat(submitted.body()).as("what Tasklist shows the manager")
                .contains("Замовлення " + id + " не має рахунку");
        assertThat(engine.getTaskService().createTaskQuery().taskId(ship.getId()).singleResult())
                .as("the ship task stays open, still the manager's").extracting(Task::getAssignee).isEqualTo("shipmanager");
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(ship.getProcessInstanceId()).count())
                .as("no status push queued").isZero();
        assertThat(sandbox.status(id)).as("ROZETKA still has «Дані підтверджені»").isEqualTo(2);
        assertThat(jdbc.sql("select count(*) from expense_note").query(Long.class).single()).isZero();
        assertThat(TestData.onHand(jdbc)).as("nothing written off").isEqualTo(stock);
    }
}
