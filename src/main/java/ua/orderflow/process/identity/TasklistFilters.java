package ua.orderflow.process.identity;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.TaskQuery;
import ua.orderflow.process.ParcelTasks;

/**
 * The shared Tasklist filters every role starts with: those of a manager's day and one per stage of
 * the order (by the task definition keys of rozetka-order.bpmn that belong to it).
 */
final class TasklistFilters {

    /**
     * A filter as Order Flow keeps it: created when missing and brought back to this definition on
     * every start. Its query orders by due date: the engine puts the stored filter's ordering before
     * the one Tasklist's list asks for (created, newest first, unless the user picks another), so
     * the soonest due comes first whatever the list's own sort says.
     */
    record TaskFilter(String name, String description, int priority, List<String> readers,
            Function<TaskService, TaskQuery> query) {
    }

    /**
     * Columns Tasklist shows on every card, so a manager sees which order a task is about: the card's
     * one line (buyer · amount · city, CardVariable) and the status name the task plugin
     * (OrderTaskListener) writes as a task opens. No order column: the title has the order's number
     * (TaskTitles), and an order instance has no orderId variable (BusinessKeys).
     */
    static final List<Map<String, String>> CARD_VARIABLES = List.of(
            Map.of("name", "summary", "label", "Покупець, сума, місто"),
            Map.of("name", "rozetkaStatusName", "label", "Статус ROZETKA"));

    /**
     * Filters of earlier versions that a stage's filter now covers (one per kind of task): removed on
     * start, unless someone made a filter of that name of their own.
     */
    static final List<String> RETIRED = List.of("Підтвердити", "Оплата", "Відвантажити", "Доставка власним кур'єром",
            "Прострочені дзвінки", "Зміни товарів");

    private static final List<String> DESK = List.of(RoleGrants.MANAGERS, RoleGrants.SUPERVISORS, RoleGrants.ANALYSTS);
    private static final List<String> SUPERVISION = List.of(RoleGrants.SUPERVISORS);

    private TasklistFilters() {
    }

    /**
     * A manager's day, then one filter per stage of the order (the stage names are the desk's): the
     * tasks of one stage are one job for a manager (a call, or getting the parcel out of the door,
     * or seeing it delivered), and a stage is how the desk and ROZETKA's cabinet group orders. A
     * status conflict can come at any stage and has a filter of its own; so do call-backs, which are
     * due at a set time.
     */
    static List<TaskFilter> all() {
        return List.of(
                new TaskFilter("Мої задачі", "Задачі, призначені мені", -10, DESK,
                        tasks -> dueFirst(tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}"))),
                new TaskFilter("Задачі групи", "Неприйняті задачі моїх груп", 0, DESK,
                        tasks -> dueFirst(tasks.createTaskQuery()
                                .taskCandidateGroupInExpression("${currentUserGroups()}"))),
                // everyone waiting for a call, whoever claimed them, soonest call first
                kinds("Передзвонити", "Покупці, яким треба передзвонити, за часом дзвінка", 5, DESK, "call-back"),
                new TaskFilter("Прострочені", "Задачі, строк яких минув", 10, DESK,
                        tasks -> dueFirst(tasks.createTaskQuery().dueBeforeExpression("${now()}"))),
                kinds("В обробці", "Нові замовлення: дзвінок покупцю, повторний дзвінок, прострочений дзвінок", 20,
                        DESK, "confirm-order", "call-back", "sla-escalation"),
                kinds("Підтверджено", "Підтверджені замовлення: оплата карткою, відправлення, передача посилки", 30,
                        DESK, "check-payment", "ship-order", "hand-over-parcel"),
                kinds("Відправлено", "Відправлені замовлення: доставка власним кур'єром, ТТН, статус доставки", 40,
                        DESK, "record-delivery", "correct-ttn", "review-delivery-status"),
                // tracking's early signals are standalone tasks (no definition key), marked by a variable
                new TaskFilter("Сигнали Нової Пошти", "Посилку не отримано або строк зберігання спливає: повернення,"
                        + " дзвінок покупцю", 45, DESK, tasks -> dueFirst(tasks.createTaskQuery()
                                .taskVariableValueEquals(ParcelTasks.SIGNAL, true))),
                kinds("Конфлікти статусів", "ROZETKA не прийняла статус: вирішити, що далі", 50, DESK,
                        "resolve-status-conflict"),
                // at any stage the buyer may write in the order's ROZETKA chat (process buyer-message)
                kinds("Повідомлення покупців", "Покупці написали в чаті замовлення ROZETKA: відповісти", 55, DESK,
                        "answer-buyer"),
                kinds("Після відправлення", "Відправлене замовлення змінено або скасовано: рішення керівника", 60,
                        SUPERVISION, "review-item-changes", "review-shipped-cancellation"));
    }

    /** Every open task of these kinds, whoever holds it. */
    private static TaskFilter kinds(String name, String description, int priority, List<String> readers,
            String... taskKeys) {
        return new TaskFilter(name, description, priority, readers,
                tasks -> dueFirst(tasks.createTaskQuery().taskDefinitionKeyIn(taskKeys)));
    }

    private static TaskQuery dueFirst(TaskQuery query) {
        return query.orderByDueDate().asc();
    }
}
