package ua.orderflow.process.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricIdentityLinkLog;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import ua.orderflow.process.AgainstTheSandbox;
import ua.orderflow.support.Jobs;
import ua.orderflow.support.PostgresIntegrationTest;

/**
 * What a supervisor audits survives the lean history (OrderHistoryFilter), and what it leaves out is
 * not written: one order's whole life on PostgreSQL, confirmed and shipped by named managers.
 */
@PostgresIntegrationTest
class AuditTrailIT extends AgainstTheSandbox {

    private static final String SHOP = "sandbox";

    @Test
    void whoDidWhatTheStatusTrailAndTheOutcomesStayTheCardJobLogAndGatewaysAreNotWritten() {
        long id = sandbox.createOrders(1, 1).get(0);
        sandbox.payIfCard(id);
        sync.sync(SHOP, "TEST");
        assertThat(Jobs.runDue(engine.getManagementService())).isEmpty();
        String instance = engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(SHOP + ":" + id).singleResult().getId();

        work("olena", "confirm-order", instance, Map.of("outcome", "confirmed"));
        assertThat(Jobs.runDue(engine.getManagementService())).isEmpty();
        work("petro", "ship-order", instance, Map.of("ttn", "20450000000001", "ownCourier", false));
        assertThat(Jobs.runDue(engine.getManagementService())).isEmpty();
        sandbox.advanceClock("days", 3);
        sync.sync(SHOP, "TEST");
        assertThat(Jobs.runDue(engine.getManagementService())).isEmpty();
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instance).count())
                .as("the order's life ended").isZero();

        HistoryService history = engine.getHistoryService();
        // who claimed and completed what
        assertThat(history.createHistoricTaskInstanceQuery().processInstanceId(instance).finished().list())
                .extracting(HistoricTaskInstance::getTaskDefinitionKey, HistoricTaskInstance::getAssignee)
                .contains(org.assertj.core.groups.Tuple.tuple("confirm-order", "olena"),
                        org.assertj.core.groups.Tuple.tuple("ship-order", "petro"));
        assertThat(history.createUserOperationLogQuery().processInstanceId(instance).list())
                .extracting(UserOperationLogEntry::getUserId, UserOperationLogEntry::getOperationType)
                .contains(org.assertj.core.groups.Tuple.tuple("olena", UserOperationLogEntry.OPERATION_TYPE_CLAIM),
                        org.assertj.core.groups.Tuple.tuple("olena", UserOperationLogEntry.OPERATION_TYPE_COMPLETE),
                        org.assertj.core.groups.Tuple.tuple("petro", UserOperationLogEntry.OPERATION_TYPE_COMPLETE));
        String confirmTask = history.createHistoricTaskInstanceQuery().processInstanceId(instance)
                .taskDefinitionKey("confirm-order").singleResult().getId();
        assertThat(history.createHistoricIdentityLinkLogQuery().taskId(confirmTask).list())
                .extracting(HistoricIdentityLinkLog::getGroupId).contains("managers");
        // ROZETKA's status, value by value, and the managers' outcomes
        assertThat(values(instance, "rozetkaStatus")).containsSubsequence(1, 26, 2, 3, 6);
        assertThat(values(instance, "outcome")).containsExactly("confirmed");
        assertThat(values(instance, "ttn")).contains("20450000000001");
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(instance).variableName("outcome")
                .singleResult().getValue()).isEqualTo("confirmed");
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(instance).activityId("confirm-order")
                .finished().count()).isEqualTo(1);

        // it goes when the order's history time to live has passed
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(instance).singleResult()
                .getRemovalTime()).isNotNull();

        // what the filter leaves out: the card, ids, the successful job log, gateways and start events
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(instance)
                .variableNameIn("card", "summary", "orderId", "shopId", "targetStatus", "rozetkaStatusName").count()).isZero();
        assertThat(history.createHistoricJobLogQuery().processInstanceId(instance).count()).isZero();
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(instance).list())
                .extracting(a -> a.getActivityType()).isNotEmpty()
                .doesNotContain("exclusiveGateway", "eventBasedGateway", "startEvent");

        // the engine's history cleanup, driven by hand as OrderFlowBench does it, then removes it all
        // (the epoch, Date(0), would clear the removal time instead: the engine takes it for none)
        java.util.Date yesterday = java.util.Date.from(java.time.Instant.now().minus(java.time.Duration.ofDays(1)));
        history.setRemovalTimeToHistoricProcessInstances().absoluteRemovalTime(yesterday)
                .byIds(instance).hierarchical().executeAsync();
        assertThat(Jobs.runDue(engine.getManagementService())).isEmpty();
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(instance).singleResult()
                .getRemovalTime()).isNotNull().isBefore(new java.util.Date());
        engine.getManagementService().executeJob(history.cleanUpHistoryAsync(true).getId());
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(instance).count()).isZero();
        assertThat(history.createHistoricDetailQuery().processInstanceId(instance).count()).isZero();
        assertThat(history.createHistoricTaskInstanceQuery().processInstanceId(instance).count()).isZero();
    }

    private void work(String user, String taskKey, String instance, Map<String, Object> variables) {
        Task task = engine.getTaskService().createTaskQuery().processInstanceId(instance).taskDefinitionKey(taskKey)
                .singleResult();
        assertThat(task).as(taskKey).isNotNull();
        engine.getIdentityService().setAuthentication(user, List.of("managers"));
        try {
            engine.getTaskService().claim(task.getId(), user);
            engine.getTaskService().complete(task.getId(), variables);
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
    }

    private List<Object> values(String instance, String variable) {
        return engine.getHistoryService().createHistoricDetailQuery().processInstanceId(instance).variableUpdates()
                .orderByTime().asc().orderPartiallyByOccurrence().asc().list().stream()
                .map(HistoricVariableUpdate.class::cast).filter(d -> variable.equals(d.getVariableName()))
                .map(HistoricVariableUpdate::getValue).toList();
    }
}
