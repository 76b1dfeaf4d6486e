package ua.orderflow.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Engine-only: the ship form's Nova Poshta branch. «Створити ТТН Нової Пошти» runs the waybill step,
 * then the manager hands the parcel over («Передати посилку перевізнику», with the labels), and only
 * then come the expense note and the 3 with the waybill's number; a refusal comes back to the ship
 * form; a typed TTN or the own courier never calls Nova Poshta nor asks for a handover.
 */
@Deployment(resources = {"processes/rozetka-order.bpmn", "forms/confirm-order.form", "forms/ship-order.form",
        "forms/record-delivery.form", "forms/check-payment.form", "forms/sla-escalation.form",
        "forms/resolve-status-conflict.form", "forms/review-item-changes.form", "forms/hand-over-parcel.form"})
class NovaPoshtaShippingProcessTest {

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessEngineExtension.builder().configurationResource("process-test.cfg.xml").build();

    private final LifecycleDelegates delegates = new LifecycleDelegates();
    private ProcessInstance order;

    @BeforeEach
    void registerDelegates() {
        delegates.novaPoshtaShop = true;
        delegates.register();
    }

    @AfterEach
    void reset() {
        Mocks.reset();
    }

    @Test
    void theWaybillMadeHereIsTheTtnOfTheExpenseNoteAndOfThe3() {
        atTheShipForm();
        assertThat(variable("ttnSource")).isEqualTo("create");
        ship(Map.of());
        assertThat(order).isWaitingAt("hand-over-parcel");
        assertThat(delegates.calls).doesNotContain("issueExpenseNote@issue-expense-note");
        assertThat(delegates.pushed).as("ROZETKA hears of the parcel once it is handed over").isEmpty();
        handOver();
        assertThat(delegates.calls).containsSubsequence("createNovaPoshtaWaybill@create-waybill",
                "recordParcelHandover@hand-over-parcel", "issueExpenseNote@issue-expense-note");
        assertThat(delegates.pushed).containsExactly(3);
        assertThat(delegates.pushedTtns).containsExactly(LifecycleDelegates.WAYBILL_NUMBER);
        assertThat(order).isWaitingAt("wait-rozetka-status");
    }

    @Test
    void aRefusalTakesTheOrderBackToTheShipFormWithTheReason() {
        atTheShipForm();
        delegates.waybillRefusal = "вага одного місця більша, ніж приймає відділення одержувача";
        ship(Map.of());
        assertThat(order).isWaitingAt("ship-order");
        assertThat(variable("waybillRefusal")).asString().startsWith("вага одного місця");
        assertThat(delegates.calls).doesNotContain("issueExpenseNote@issue-expense-note");
        assertThat(delegates.pushed).isEmpty();

        ship(Map.of("npWeight", 20.0));
        handOver();
        assertThat(delegates.pushed).containsExactly(3);
        assertThat(order).isWaitingAt("wait-rozetka-status");
    }

    @Test
    void aTypedTtnAndTheOwnCourierNeverCallNovaPoshta() {
        atTheShipForm();
        ship(Map.of("ttnSource", "typed", "ttn", "20450123456789"));
        assertThat(delegates.calls).doesNotContain("createNovaPoshtaWaybill@create-waybill",
                "recordParcelHandover@hand-over-parcel");
        assertThat(delegates.pushedTtns).containsExactly("20450123456789");

        Mocks.reset();
        delegates.calls.clear();
        delegates.register();
        atTheShipForm();
        ship(Map.of("ownCourier", true));
        assertThat(delegates.calls).doesNotContain("createNovaPoshtaWaybill@create-waybill");
    }

    private void atTheShipForm() {
        order = runtimeService().startProcessInstanceByKey("rozetka-order", "sandbox:812345678",
                withVariables("stage", "CONFIRMED"));
        runJobs();
        delegates.pushed.clear();
        delegates.pushedTtns.clear();
        assertThat(order).isWaitingAt("ship-order");
    }

    private void ship(Map<String, Object> choices) {
        Map<String, Object> form = new HashMap<>(Map.of("ownCourier", false, "cancelOrder", false,
                "deliveryState", "sent"));
        form.putAll(choices);
        Task task = taskService().createTaskQuery().processInstanceId(order.getId()).taskDefinitionKey("ship-order")
                .singleResult();
        complete(task, form);
        runJobs();
    }

    private void handOver() {
        complete(taskService().createTaskQuery().processInstanceId(order.getId()).taskDefinitionKey("hand-over-parcel")
                .singleResult(), Map.of("parcelHandedOver", true));
        runJobs();
    }

    private Object variable(String name) {
        return runtimeService().getVariable(order.getId(), name);
    }

    private void runJobs() {
        for (int round = 0; round < 50; round++) {
            List<Job> due = managementService().createJobQuery().processInstanceId(order.getId()).executable().list();
            if (due.isEmpty()) {
                return;
            }
            due.forEach(job -> managementService().executeJob(job.getId()));
        }
        throw new AssertionError("jobs keep coming: a loop in the process?");
    }
}
