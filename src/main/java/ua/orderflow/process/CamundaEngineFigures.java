package ua.orderflow.process;

import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.springframework.stereotype.Component;
import ua.orderflow.desk.dashboard.EngineFigures;

/** The dashboard's figures, read with the engine's queries (the desk checks the supervisor role). */
@Component
class CamundaEngineFigures implements EngineFigures {

    static final String ACKNOWLEDGE = "acknowledge-order";
    static final String CONFIRM = "confirm-order";
    static final String SHIP = "ship-order";
    static final String SLA_ESCALATION = "sla-escalation";
    private static final String COMPLETED = "completed";

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final HistoryService history;
    private final RepositoryService repository;

    CamundaEngineFigures(RuntimeService runtime, TaskService tasks, HistoryService history, RepositoryService repository) {
        this.runtime = runtime;
        this.tasks = tasks;
        this.history = history;
        this.repository = repository;
    }

    @Override
    public Map<String, Long> overdueTasks(Instant now) {
        // by the BPMN's name of the task: a task's own title carries its order's number (OrderTaskPlugin)
        Map<String, Long> counts = new TreeMap<>();
        Map<String, BpmnModelInstance> models = new HashMap<>();
        for (Task task : tasks.createTaskQuery().processDefinitionKey(CamundaOrderLifecycle.PROCESS_KEY)
                .dueBefore(Date.from(now)).list()) {
            String name = elementName(models, task.getProcessDefinitionId(), task.getTaskDefinitionKey());
            counts.merge(name == null ? task.getName() : name, 1L, Long::sum);
        }
        return counts;
    }

    @Override
    public List<Instant> slaBreaches(Instant since) {
        return history.createHistoricTaskInstanceQuery().processDefinitionKey(CamundaOrderLifecycle.PROCESS_KEY)
                .taskDefinitionKey(SLA_ESCALATION).startedAfter(Date.from(since)).list().stream()
                .map(t -> t.getStartTime().toInstant()).sorted().toList();
    }

    @Override
    public List<EngineFigures.Incident> openIncidents(int max) {
        List<org.camunda.bpm.engine.runtime.Incident> found = runtime.createIncidentQuery().orderByIncidentTimestamp().desc().listPage(0, max);
        Set<String> instanceIds = found.stream().map(org.camunda.bpm.engine.runtime.Incident::getProcessInstanceId).collect(Collectors.toSet());
        Map<String, String> keys = new HashMap<>();
        if (!instanceIds.isEmpty()) {
            runtime.createProcessInstanceQuery().processInstanceIds(instanceIds).list()
                    .forEach(p -> keys.put(p.getId(), p.getBusinessKey()));
        }
        Map<String, BpmnModelInstance> models = new HashMap<>();
        return found.stream().map(incident -> new EngineFigures.Incident(incident.getProcessInstanceId(),
                keys.get(incident.getProcessInstanceId()), stepName(models, incident), incident.getIncidentMessage(),
                incident.getIncidentTimestamp().toInstant())).toList();
    }

    // the engine's Incident is named in full: EngineFigures.Incident, inherited, takes the short name here

    /** The step's name from its BPMN (what Modeler and Cockpit show), else its id. */
    private String stepName(Map<String, BpmnModelInstance> models, org.camunda.bpm.engine.runtime.Incident incident) {
        String name = elementName(models, incident.getProcessDefinitionId(), incident.getActivityId());
        return name == null ? incident.getActivityId() : name;
    }

    private String elementName(Map<String, BpmnModelInstance> models, String definitionId, String elementId) {
        if (definitionId == null || elementId == null) {
            return null;
        }
        BpmnModelInstance model = models.computeIfAbsent(definitionId, repository::getBpmnModelInstance);
        FlowElement element = model == null ? null : model.getModelElementById(elementId);
        return element == null ? null : element.getName();
    }

    @Override
    public List<Milestones> milestones(Instant since, int max) {
        Date from = Date.from(since);
        Map<String, HistoricProcessInstance> started = new LinkedHashMap<>();
        history.createHistoricProcessInstanceQuery().processDefinitionKey(CamundaOrderLifecycle.PROCESS_KEY)
                .startedAfter(from).orderByProcessInstanceStartTime().asc().listPage(0, max)
                .forEach(p -> started.put(p.getId(), p));
        if (started.isEmpty()) {
            return List.of();
        }
        Map<String, Instant> acknowledged = new HashMap<>();
        for (HistoricActivityInstance step : history.createHistoricActivityInstanceQuery().activityId(ACKNOWLEDGE)
                .finished().startedAfter(from).list()) {
            acknowledged.merge(step.getProcessInstanceId(), step.getEndTime().toInstant(), (a, b) -> a.isBefore(b) ? a : b);
        }
        Map<String, HistoricTaskInstance> confirmed = completed(CONFIRM, from);
        Map<String, HistoricTaskInstance> shipped = completed(SHIP, from);
        return started.values().stream().map(p -> {
            HistoricTaskInstance confirm = confirmed.get(p.getId());
            HistoricTaskInstance ship = shipped.get(p.getId());
            return new Milestones(p.getBusinessKey(), p.getStartTime().toInstant(), acknowledged.get(p.getId()),
                    confirm == null ? null : confirm.getEndTime().toInstant(), confirm == null ? null : confirm.getAssignee(),
                    ship == null ? null : ship.getEndTime().toInstant(), ship == null ? null : ship.getAssignee());
        }).toList();
    }

    /** The first completion of a user task per instance (a task done twice counts once, the first time). */
    private Map<String, HistoricTaskInstance> completed(String taskKey, Date from) {
        Map<String, HistoricTaskInstance> byInstance = new HashMap<>();
        history.createHistoricTaskInstanceQuery().processDefinitionKey(CamundaOrderLifecycle.PROCESS_KEY)
                .taskDefinitionKey(taskKey).taskDeleteReason(COMPLETED).startedAfter(from)
                .orderByHistoricTaskInstanceEndTime().asc().list()
                .forEach(t -> byInstance.putIfAbsent(t.getProcessInstanceId(), t));
        return byInstance;
    }
}
