package ua.orderflow.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Engine-only tier: the BPMN on in-memory H2, job executor off, delegates mocked. */
@Deployment(resources = {"processes/rozetka-order.bpmn", "forms/confirm-order.form"})
class RozetkaOrderProcessTest {

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessEngineExtension.builder().configurationResource("process-test.cfg.xml").build();

    private final List<Object> pushedStatuses = new ArrayList<>();

    @AfterEach
    void resetMocks() {
        Mocks.reset();
    }

    @Test
    void newOrderIsAcknowledgedWith26ThenOfferedToManagers() {
        Mocks.register("pushRozetkaStatus", (JavaDelegate) execution -> pushedStatuses.add(execution.getVariable("targetStatus")));

        ProcessInstance order = runtimeService().startProcessInstanceByKey("rozetka-order", "sandbox:812345678",
                withVariables("shopId", "sandbox", "orderId", 812345678L));

        // the push is an async step: nothing is sent to ROZETKA inside the import transaction
        assertThat(order).isWaitingAt("acknowledge-order");
        assertThat(pushedStatuses).isEmpty();

        execute(job());

        assertThat(pushedStatuses).containsExactly("26");
        assertThat(order).isWaitingAt("confirm-order");
        assertThat(task()).hasCandidateGroup("managers").hasFormKey("camunda-forms:deployment:confirm-order.form");

        complete(task(), withVariables("outcome", "confirmed"));
        assertThat(order).hasPassed("confirm-order").isEnded();
    }

    @Test
    void failedPushKeepsTheOrderAtTheStepWithRetriesCountingDown() {
        Mocks.register("pushRozetkaStatus", (JavaDelegate) execution -> {
            throw new IllegalStateException("ROZETKA is unavailable");
        });
        ProcessInstance order = runtimeService().startProcessInstanceByKey("rozetka-order", "sandbox:1",
                withVariables("shopId", "sandbox", "orderId", 1L));

        ManagementService management = managementService();
        Job push = management.createJobQuery().processInstanceId(order.getId()).singleResult();
        assertThrows(IllegalStateException.class,
                () -> management.executeJob(push.getId()));

        Job retried = management.createJobQuery().processInstanceId(order.getId()).singleResult();
        assertThat(retried.getRetries()).isEqualTo(4);
        assertThat(retried.getExceptionMessage()).isEqualTo("ROZETKA is unavailable");
        assertThat(order).isWaitingAt("acknowledge-order");
    }
}
