package ua.orderflow.process.identity;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.TaskQuery;

/**
 * The shared Tasklist filters every role starts with: the three of a manager's day and one per kind of
 * task in rozetka-order.bpmn (by its task definition key).
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
     * Columns Tasklist shows on every card, so a manager sees which order a task is about. Only
     * process variables that the card delegate (LoadOrderCard) writes: the amount, the city and the
     * status's name have none of their own yet (they sit inside itemsText, deliveryText, or are an id).
     */
    static final List<Map<String, String>> CARD_VARIABLES = List.of(
            Map.of("name", "orderId", "label", "Замовлення"),
            Map.of("name", "customerName", "label", "Покупець"),
            Map.of("name", "deliveryText", "label", "Доставка"),
            Map.of("name", "shopId", "label", "Магазин"));

    private static final List<String> DESK = List.of(RoleGrants.MANAGERS, RoleGrants.SUPERVISORS, RoleGrants.ANALYSTS);
    private static final List<String> SUPERVISION = List.of(RoleGrants.SUPERVISORS);

    private TasklistFilters() {
    }

    static List<TaskFilter> all() {
        return List.of(
                new TaskFilter("Мої задачі", "Задачі, призначені мені", -10, DESK,
                        tasks -> dueFirst(tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}"))),
                new TaskFilter("Задачі групи", "Неприйняті задачі моїх груп", 0, DESK,
                        tasks -> dueFirst(tasks.createTaskQuery()
                                .taskCandidateGroupInExpression("${currentUserGroups()}"))),
                // everyone waiting for a call, whoever claimed them, soonest call first
                kind("Передзвонити", "Покупці, яким треба передзвонити, за часом дзвінка", 5, "call-back", DESK),
                new TaskFilter("Прострочені", "Задачі, строк яких минув", 10, DESK,
                        tasks -> dueFirst(tasks.createTaskQuery().dueBeforeExpression("${now()}"))),
                kind("Підтвердити", "Дзвінок покупцю: підтвердити або скасувати замовлення", 20,
                        "confirm-order", DESK),
                kind("Оплата", "Замовлення, що чекають оплати карткою", 30, "check-payment", DESK),
                kind("Відвантажити", "Підтверджені замовлення: передати перевізнику або кур'єру", 40,
                        "ship-order", DESK),
                kind("Доставка власним кур'єром", "Замовлення у кур'єра: отримано чи повернуто", 50,
                        "record-delivery", DESK),
                kind("Конфлікти статусів", "ROZETKA не прийняла статус: вирішити, що далі", 60,
                        "resolve-status-conflict", DESK),
                kind("Прострочені дзвінки", "Покупцю не подзвонили вчасно: рішення супервізора", 70,
                        "sla-escalation", SUPERVISION),
                kind("Зміни товарів", "Покупець змінив товари вже відправленого замовлення", 80,
                        "review-item-changes", SUPERVISION));
    }

    /** Every open task of one kind, whoever holds it: a stage of the desk at a glance. */
    private static TaskFilter kind(String name, String description, int priority, String taskKey,
            List<String> readers) {
        return new TaskFilter(name, description, priority, readers,
                tasks -> dueFirst(tasks.createTaskQuery().taskDefinitionKey(taskKey)));
    }

    private static TaskQuery dueFirst(TaskQuery query) {
        return query.orderByDueDate().asc();
    }
}
