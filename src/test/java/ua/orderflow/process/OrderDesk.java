package ua.orderflow.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.simple.JdbcClient;
import ua.orderflow.support.Jobs;
import ua.orderflow.sync.SandboxAdmin;
import ua.orderflow.sync.ShopSync;

/**
 * What the lifecycle ITs do as the sync loop, the job executor and a manager would: sync the sandbox
 * shop, run due jobs, complete an order's task, look at its instance and its books.
 */
final class OrderDesk {

    static final String SHOP = "sandbox";

    private final ProcessEngine engine;
    private final ShopSync sync;
    private final JdbcClient jdbc;
    private final SandboxAdmin sandbox;

    OrderDesk(ProcessEngine engine, ShopSync sync, JdbcClient jdbc, SandboxAdmin sandbox) {
        this.engine = engine;
        this.sync = sync;
        this.jdbc = jdbc;
        this.sandbox = sandbox;
    }

    /** One sync of the shop, then every job due now; no job may fail. */
    void syncAndRun() {
        sync.sync(SHOP, "TEST");
        run();
    }

    void run() {
        assertThat(Jobs.runDue(engine.getManagementService())).isEmpty();
    }

    /** A new order of the sandbox whose buyer pays by card, its payment set to {@code paymentStatus}. */
    long cardOrder(int paymentStatus) {
        for (int attempt = 0; attempt < 40; attempt++) {
            long id = sandbox.createOrders(1, 1).get(0);
            if ("card".equals(sandbox.order(id).path("payment").path("payment_type").asText())) {
                sandbox.payment(id, paymentStatus);
                return id;
            }
        }
        throw new AssertionError("the sandbox made no card order in 40 tries");
    }

    Task task(long orderId, String taskKey) {
        return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(SHOP + ":" + orderId)
                .taskDefinitionKey(taskKey).singleResult();
    }

    void complete(long orderId, String taskKey, Map<String, Object> variables) {
        Task task = task(orderId, taskKey);
        assertThat(task).as(taskKey + " of order " + orderId + ", which waits at " + waitsAt(orderId)).isNotNull();
        engine.getTaskService().complete(task.getId(), variables);
    }

    List<String> waitsAt(long orderId) {
        String instance = instance(orderId);
        return instance == null ? List.of("(ended)") : engine.getRuntimeService().getActiveActivityIds(instance);
    }

    String instance(long orderId) {
        var instance = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("rozetka-order")
                .processInstanceBusinessKey(SHOP + ":" + orderId).singleResult();
        return instance == null ? null : instance.getId();
    }

    boolean ended(long orderId) {
        return instance(orderId) == null;
    }

    Object variable(long orderId, String name) {
        return engine.getRuntimeService().getVariable(instance(orderId), name);
    }

    String invoiceState(long orderId) {
        return jdbc.sql("select state from invoice where order_id = :id").param("id", orderId).query(String.class)
                .single();
    }

    long returnNotes(long orderId) {
        return jdbc.sql("""
                select count(*) from return_note r join expense_note n on n.id = r.expense_note_id
                join invoice i on i.id = n.invoice_id where i.order_id = :id""").param("id", orderId)
                .query(Long.class).single();
    }

    List<String> journal(long orderId) {
        return jdbc.sql("select severity || ' ' || kind || ': ' || message from sync_event where order_id = :id order by id")
                .param("id", orderId).query(String.class).list();
    }
}
