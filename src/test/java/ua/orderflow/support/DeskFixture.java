package ua.orderflow.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.simple.JdbcClient;
import ua.orderflow.accounting.CatalogueImport;
import ua.orderflow.sync.SandboxAdmin;
import ua.orderflow.sync.ShopSync;

/** Orders waiting for a manager's call, as Tasklist shows them, for tests of what a manager sees. */
public final class DeskFixture {

    public static final String SHOP = "sandbox";

    /** A confirm-order task and the order it is about. */
    public record OrderTask(long orderId, String taskId) {
    }

    private DeskFixture() {
    }

    /**
     * A clean slate, then {@code count} new sandbox orders synced and acknowledged: one confirm-order
     * task each, in the order the sandbox made them (oldest first).
     */
    public static List<OrderTask> awaitingConfirmation(ProcessEngine engine, JdbcClient jdbc, CatalogueImport catalogue,
            ShopSync sync, SandboxAdmin sandbox, int count) {
        TestData.forgetEverything(engine, jdbc, catalogue);
        sandbox.reset();
        List<Long> ids = sandbox.createOrders(count, 1);
        sync.sync(SHOP, "TEST");
        assertThat(Jobs.runDue(engine.getManagementService())).isEmpty();
        List<OrderTask> tasks = new ArrayList<>();
        for (long id : ids) {
            Task task = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(SHOP + ":" + id)
                    .taskDefinitionKey("confirm-order").singleResult();
            assertThat(task).as("confirm-order of " + id).isNotNull();
            tasks.add(new OrderTask(id, task.getId()));
        }
        return tasks;
    }

    /**
     * Sets due dates so that the soonest is neither the newest task nor the oldest (the second is due
     * first, the first last), and returns the tasks soonest due first: a list sorted by creation, either
     * way, cannot pass for one sorted by due date.
     */
    public static List<OrderTask> dueOutOfCreationOrder(ProcessEngine engine, List<OrderTask> created) {
        assertThat(created).as("needs three tasks to tell the orders apart").hasSizeGreaterThanOrEqualTo(3);
        Instant base = Instant.now().plus(Duration.ofHours(1));
        List<OrderTask> byDue = new ArrayList<>(created.subList(1, created.size()));
        byDue.add(created.get(0));
        for (int i = 0; i < byDue.size(); i++) {
            Task task = engine.getTaskService().createTaskQuery().taskId(byDue.get(i).taskId()).singleResult();
            task.setDueDate(Date.from(base.plus(Duration.ofHours(i))));
            engine.getTaskService().saveTask(task);
        }
        assertThat(byDue).isNotEqualTo(created)
                .isNotEqualTo(created.stream().sorted(Comparator.comparingInt(created::indexOf).reversed()).toList());
        return byDue;
    }
}
