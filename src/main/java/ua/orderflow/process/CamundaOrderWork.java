package ua.orderflow.process;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import ua.orderflow.desk.OrderWork;

/** The desk's view of tasks and history, read with the engine's queries (not its authorizations). */
@Component
class CamundaOrderWork implements OrderWork {

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final HistoryService history;

    CamundaOrderWork(RuntimeService runtime, TaskService tasks, HistoryService history) {
        this.runtime = runtime;
        this.tasks = tasks;
        this.history = history;
    }

    @Override
    public Map<String, OpenTask> openTasks(Collection<String> businessKeys) {
        Map<String, OpenTask> open = new HashMap<>();
        if (businessKeys.isEmpty()) {
            return open;
        }
        List<Task> found = tasks.createTaskQuery().processDefinitionKey(CamundaOrderLifecycle.PROCESS_KEY)
                .processInstanceBusinessKeyIn(businessKeys.toArray(String[]::new)).orderByDueDate().asc().list();
        if (!found.isEmpty()) {
            Map<String, String> keyOfInstance = new HashMap<>();
            runtime.createProcessInstanceQuery().processInstanceIds(found.stream().map(Task::getProcessInstanceId)
                            .collect(Collectors.toSet()))
                    .list().forEach(instance -> keyOfInstance.put(instance.getId(), instance.getBusinessKey()));
            for (Task task : found) {
                open.putIfAbsent(keyOfInstance.get(task.getProcessInstanceId()), openTask(task));
            }
        }
        // tracking's signals are tasks of their own, outside the instance: an order shows them when it has no other
        Set<String> wanted = new java.util.HashSet<>(businessKeys);
        for (Task signal : tasks.createTaskQuery().taskVariableValueEquals(ParcelTasks.SIGNAL, true).orderByDueDate()
                .asc().list()) {
            Object key = tasks.getVariableLocal(signal.getId(), "orderKey");
            if (key != null && wanted.contains(key.toString())) {
                open.putIfAbsent(key.toString(), openTask(signal));
            }
        }
        return open;
    }

    private static OpenTask openTask(Task task) {
        return new OpenTask(task.getId(), task.getName(), task.getAssignee(),
                task.getDueDate() == null ? null : task.getDueDate().toInstant());
    }

    @Override
    public Set<String> overdue(Instant now, int max) {
        Set<String> instances = tasks.createTaskQuery().processDefinitionKey(CamundaOrderLifecycle.PROCESS_KEY)
                .dueBefore(Date.from(now)).listPage(0, max).stream().map(Task::getProcessInstanceId)
                .collect(Collectors.toSet());
        if (instances.isEmpty()) {
            return Set.of();
        }
        return runtime.createProcessInstanceQuery().processInstanceIds(instances).list().stream()
                .map(ProcessInstance::getBusinessKey).collect(Collectors.toSet());
    }

    @Override
    public List<Step> history(String businessKey) {
        List<Step> steps = new ArrayList<>();
        for (HistoricProcessInstance instance : history.createHistoricProcessInstanceQuery()
                .processDefinitionKey(CamundaOrderLifecycle.PROCESS_KEY).processInstanceBusinessKey(businessKey).list()) {
            steps.add(new Step(instance.getStartTime().toInstant(), null, "Процес замовлення розпочато"));
            if (instance.getEndTime() != null) {
                steps.add(new Step(instance.getEndTime().toInstant(), null, "Процес замовлення завершено"));
            }
            for (HistoricTaskInstance task : history.createHistoricTaskInstanceQuery()
                    .processInstanceId(instance.getId()).finished().list()) {
                String what = "deleted".equals(task.getDeleteReason()) || task.getDeleteReason() == null
                        || "completed".equals(task.getDeleteReason())
                        ? "Виконано: «" + task.getName() + "»" : "Закрито: «" + task.getName() + "»";
                steps.add(new Step(task.getEndTime().toInstant(), task.getAssignee(), what));
            }
        }
        steps.sort(Comparator.comparing(Step::at));
        return steps;
    }
}
