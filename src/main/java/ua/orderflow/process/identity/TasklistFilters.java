package ua.orderflow.process.identity;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.TaskQuery;

/** The shared Tasklist filters every role starts with. */
final class TasklistFilters {

    record TaskFilter(String name, String description, int priority, Function<TaskService, TaskQuery> query) {
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

    private TasklistFilters() {
    }

    static List<TaskFilter> all() {
        return List.of(
                new TaskFilter("Мої задачі", "Задачі, призначені мені", -10,
                        tasks -> tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}")
                                .orderByDueDate().asc()),
                new TaskFilter("Задачі групи", "Неприйняті задачі моїх груп", 0,
                        tasks -> tasks.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}")
                                .orderByDueDate().asc()),
                new TaskFilter("Прострочені", "Задачі, строк яких минув", 10,
                        tasks -> tasks.createTaskQuery().dueBeforeExpression("${now()}")
                                .orderByDueDate().asc()));
    }
}
