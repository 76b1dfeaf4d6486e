package ua.orderflow.process;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import ua.orderflow.novaposhta.shipping.ParcelSignals;

/**
 * Tracking's early signals as Tasklist tasks of their own (standalone tasks: the order's instance
 * follows ROZETKA's statuses and is not moved by them), one open task per order and kind, carrying
 * the order's ids so the card shows which order it is.
 */
@Component
public class ParcelTasks implements ParcelSignals {

    static final String RETURN_EXPECTED = "Очікувати повернення посилки";
    static final String CALL_BUYER = "Зателефонувати покупцю щодо посилки";
    /** A task-local flag on every signal task: the Tasklist filter «Сигнали Нової Пошти» finds them by it. */
    public static final String SIGNAL = "parcelSignal";

    private final TaskService tasks;

    public ParcelTasks(TaskService tasks) {
        this.tasks = tasks;
    }

    @Override
    public void returnExpected(String shopId, long orderId, String why) {
        open(RETURN_EXPECTED, "supervisors", shopId, orderId, why, Duration.ofDays(2));
    }

    @Override
    public void callBuyer(String shopId, long orderId, String why) {
        open(CALL_BUYER, "managers", shopId, orderId, why, Duration.ofHours(4));
    }

    private void open(String name, String group, String shopId, long orderId, String why, Duration due) {
        String key = shopId + ":" + orderId;
        if (tasks.createTaskQuery().taskNameLike(name + "%").taskVariableValueEquals("orderKey", key).count() > 0) {
            return;
        }
        Task task = tasks.newTask();
        task.setName(name + " (замовлення " + orderId + ")");
        task.setDescription(why);
        task.setDueDate(Date.from(Instant.now().plus(due)));
        task.setPriority(70);
        tasks.saveTask(task);
        tasks.addCandidateGroup(task.getId(), group);
        tasks.setVariableLocal(task.getId(), "orderKey", key);
        tasks.setVariableLocal(task.getId(), "shopId", shopId);
        tasks.setVariableLocal(task.getId(), "orderId", orderId);
        tasks.setVariableLocal(task.getId(), SIGNAL, true);
    }
}
