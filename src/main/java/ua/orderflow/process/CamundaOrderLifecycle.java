package ua.orderflow.process;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;
import ua.orderflow.process.delegate.CardVariable;
import ua.orderflow.sync.OrderLifecycle;

/** The one gateway that starts order instances and correlates messages to them. */
@Component
public class CamundaOrderLifecycle implements OrderLifecycle {

    public static final String PROCESS_KEY = "rozetka-order";

    /** Stages whose entry route runs openStageDocuments, which reads the stage in a later step. */
    private static final Set<String> READ_AGAIN = Set.of("CONFIRMED", "SHIPPED", "DELIVERING", "AT_PICKUP", "RECEIVED");

    private final RuntimeService runtime;
    private final HistoryService history;
    private final String runningByKey;

    public CamundaOrderLifecycle(RuntimeService runtime, HistoryService history, ManagementService management) {
        this.runtime = runtime;
        this.history = history;
        this.runningByKey = """
                from %s RES join %s D on D.ID_ = RES.PROC_DEF_ID_
                where RES.BUSINESS_KEY_ = #{key} and RES.PARENT_ID_ is null and D.KEY_ = #{process}"""
                .formatted(management.getTableName(ProcessInstance.class), management.getTableName(ProcessDefinition.class));
    }

    /**
     * The order's running instance, by the engine's index on the business key. A native query: the
     * engine's own process instance query builds its dynamic SQL (tenants, authorizations, dozens of
     * optional criteria) through OGNL, and the sync asks for every order it reads again: these two
     * lookups were 7.6% of the service JVM's samples in the benchmark's lifecycle.
     */
    private ProcessInstance running(String key) {
        return runtime.createNativeProcessInstanceQuery().sql("select RES.* " + runningByKey)
                .parameter("key", key).parameter("process", PROCESS_KEY).singleResult();
    }

    /** Counted, not mapped. */
    private boolean runs(String key) {
        return runtime.createNativeProcessInstanceQuery().sql("select count(*) " + runningByKey)
                .parameter("key", key).parameter("process", PROCESS_KEY).count() > 0;
    }

    @Override
    public void start(String shopId, long orderId, String stage, Map<String, Object> variables) {
        // no shopId and orderId variables: the business key carries both (BusinessKeys), the card
        // carries them for the forms (CardVariable)
        Map<String, Object> all = new HashMap<>(variables);
        // the entry route is taken in this transaction; only a later stage's documents step reads the
        // stage again, so for the others it is transient: no row, no history
        all.put("stage", READ_AGAIN.contains(stage) ? stage : Variables.stringValue(stage, true));
        runtime.createProcessInstanceByKey(PROCESS_KEY)
                .businessKey(OrderLifecycle.businessKey(shopId, orderId))
                .setVariables(all)
                .execute();
    }

    @Override
    public Delivery deliver(String shopId, long orderId, String messageName, Map<String, Object> variables) {
        String key = OrderLifecycle.businessKey(shopId, orderId);
        ProcessInstance instance = running(key);
        if (instance == null) {
            return Delivery.NO_INSTANCE;
        }
        // ask first: a failed correlation would mark the caller's transaction rollback-only
        if (runtime.createEventSubscriptionQuery().processInstanceId(instance.getId()).eventType("message")
                .eventName(messageName).count() == 0) {
            return Delivery.NOT_READY;
        }
        runtime.createMessageCorrelation(messageName)
                .processInstanceId(instance.getId())
                .setVariables(CardVariable.folded(variables, name -> runtime.getVariable(instance.getId(), name)))
                .correlateWithResult();
        return Delivery.DELIVERED;
    }

    @Override
    public InstanceState state(String shopId, long orderId) {
        String key = OrderLifecycle.businessKey(shopId, orderId);
        if (runs(key)) {
            return InstanceState.RUNNING;
        }
        HistoricProcessInstance last = history.createHistoricProcessInstanceQuery().processDefinitionKey(PROCESS_KEY)
                .processInstanceBusinessKey(key).orderByProcessInstanceStartTime().desc().listPage(0, 1)
                .stream().findFirst().orElse(null);
        if (last == null) {
            return InstanceState.NONE;
        }
        return HistoricProcessInstance.STATE_EXTERNALLY_TERMINATED.equals(last.getState())
                ? InstanceState.DELETED : InstanceState.ENDED;
    }
}
