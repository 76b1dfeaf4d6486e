package ua.orderflow.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaFailedJobRetryTimeCycle;
import org.junit.jupiter.api.Test;

/** The house rules of the lifecycle model and its forms, checked on the files Modeler edits. */
class LifecycleModelTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Steps without an engine step of their own: they write only our books, after a read of ROZETKA. */
    private static final Set<String> IN_THE_READS_STEP = Set.of("issue-invoice");
    /** Ledger steps with no outside call, run in the manager's completion of the form before them. */
    private static final Set<String> IN_THE_MANAGERS_COMPLETION = Set.of("issue-expense-note");
    private final BpmnModelInstance model = Bpmn.readModelFromStream(resource("processes/rozetka-order.bpmn"));

    @Test
    void everyUserTaskHasItsOwnUkrainianFormWithGroupsNeverAssignees() throws IOException {
        Collection<UserTask> tasks = model.getModelElementsByType(UserTask.class);
        assertThat(tasks).extracting(UserTask::getId).containsExactlyInAnyOrder("confirm-order", "sla-escalation",
                "check-payment", "ship-order", "record-delivery", "resolve-status-conflict", "review-item-changes",
                "review-shipped-cancellation", "correct-ttn", "review-delivery-status", "call-back", "hand-over-parcel");
        for (UserTask task : tasks) {
            assertThat(task.getCamundaAssignee()).isNull();
            assertThat(task.getCamundaCandidateGroups()).isIn("managers", "supervisors");
            assertThat(task.getCamundaFormKey()).isEqualTo("camunda-forms:deployment:" + task.getId() + ".form");
            JsonNode form = JSON.readTree(resource("forms/" + task.getId() + ".form"));
            assertThat(form.get("id").asText()).isEqualTo(task.getId());
            for (JsonNode component : form.get("components")) {
                if (component.has("label")) {
                    assertThat(component.get("label").asText()).as(task.getId()).containsPattern("[А-Яа-яІіЇїЄєҐґ]");
                }
            }
        }
    }

    @Test
    void formsCarryTheContractVariables() throws IOException {
        assertThat(keys("confirm-order")).contains("outcome", "cancelStatus", "managerComment");
        assertThat(keys("ship-order")).contains("ttn", "ownCourier", "deliveryState", "cancelOrder", "cancelStatus");
        assertThat(keys("record-delivery")).contains("deliveryState");
        assertThat(keys("check-payment")).contains("paymentDecision");
        assertThat(keys("resolve-status-conflict")).contains("resolution", "cancelStatus");
        JsonNode ttn = component("ship-order", "ttn");
        // 14 digits, with the spaces and dashes people type as printed on the sticker
        String pattern = ttn.at("/validate/pattern").asText();
        for (String typed : List.of("20450000000001", "2045 0000 0000 01", "20450-000-000001", " 2045 0000-0000 01 ")) {
            assertThat(typed).as(pattern).matches(pattern);
        }
        for (String typed : List.of("2045000000001", "204500000000012", "2045O000000001", "")) {
            assertThat(typed).as(pattern).doesNotMatch(pattern);
        }
        assertThat(component("correct-ttn", "ttn").at("/validate/pattern").asText()).isEqualTo(pattern);
        assertThat(keys("ship-order")).contains("ttnSource", "npWeight", "npSeats", "npDescription");
        assertThat(ttn.at("/validate/required").asBoolean()).isTrue();
        assertThat(component("confirm-order", "cancelStatus").get("valuesExpression").asText()).isEqualTo("=card.cancelOptions");
        assertThat(component("confirm-order", "outcome").at("/validate/required").asBoolean()).isTrue();
    }

    @Test
    void everyFormShowsTheBuyerAndTheAmountLinksToTheDeskAndNamesStatusesNotIds() throws IOException {
        for (UserTask task : model.getModelElementsByType(UserTask.class)) {
            StringBuilder texts = new StringBuilder();
            JSON.readTree(resource("forms/" + task.getId() + ".form")).get("components")
                    .forEach(c -> texts.append(c.path("text").asText()).append('\n'));
            assertThat(texts).as(task.getId())
                    .contains("{{card.customerName}}", "{{card.customerPhone}}", "{{card.amountText}}",
                            "(/desk/orders/{{card.shopId}}/{{card.orderId}})")
                    .doesNotContain("{{rozetkaStatus}}", "{{refusedStatus}}", "{{attentionStatus}}");
        }
    }

    @Test
    void aBuyerWhoAskedNotToBeCalledIsOfferedNoCallAndNoCouldntReach() throws IOException {
        JsonNode script = null;
        for (JsonNode c : JSON.readTree(resource("forms/confirm-order.form")).get("components")) {
            if (c.path("text").asText().contains("Сценарій дзвінка")) {
                script = c;
            }
        }
        assertThat(script).isNotNull();
        assertThat(script.at("/conditional/hide").asText()).isEqualTo("=card.callbackOff = true");
        String outcomes = component("confirm-order", "outcome").get("valuesExpression").asText();
        String whenOff = outcomes.substring(0, outcomes.indexOf(" else "));
        assertThat(whenOff).startsWith("=if card.callbackOff = true then").doesNotContain("not_reached").contains("confirmed");
        assertThat(outcomes.substring(outcomes.indexOf(" else "))).contains("not_reached", "confirmed", "cancel",
                "out_of_stock");
        assertThat(component("call-back", "callingBack").at("/conditional/hide").asText()).isEqualTo("=card.callbackOff = true");
    }

    @Test
    void everyExternalStepIsAsyncWithRetriesAndEveryGatewayHasOneNamedDefault() {
        for (ServiceTask step : model.getModelElementsByType(ServiceTask.class)) {
            assertThat(step.getCamundaDelegateExpression()).as(step.getId()).matches("\\$\\{[a-zA-Z]+}");
            if (IN_THE_READS_STEP.contains(step.getId())) {
                // a ledger step in the same transaction as the ROZETKA read just before it
                assertThat(step.isCamundaAsyncBefore()).as(step.getId()).isFalse();
                FlowNode before = step.getIncoming().iterator().next().getSource();
                while (!(before instanceof ServiceTask)) {
                    before = before.getIncoming().iterator().next().getSource();
                }
                assertThat(((ServiceTask) before).getCamundaDelegateExpression()).isEqualTo("${confirmRozetkaOrder}");
                assertThat(((ServiceTask) before).isCamundaAsyncBefore()).isTrue();
                continue;
            }
            if (IN_THE_MANAGERS_COMPLETION.contains(step.getId())) {
                assertThat(step.isCamundaAsyncBefore()).as(step.getId()).isFalse();
                for (SequenceFlow in : step.getIncoming()) {
                    FlowNode before = in.getSource();
                    while (before instanceof Gateway) {
                        before = before.getIncoming().iterator().next().getSource();
                    }
                    assertThat(before).as(step.getId() + " after " + before.getId()).isInstanceOf(UserTask.class);
                }
                continue;
            }
            assertThat(step.isCamundaAsyncBefore()).as(step.getId()).isTrue();
            assertThat(step.getExtensionElements().getElementsQuery().filterByType(CamundaFailedJobRetryTimeCycle.class)
                    .singleResult().getTextContent()).isEqualTo("R5/PT1M");
            assertThat(step.getName()).as(step.getId()).isNotBlank();
        }
        for (ExclusiveGateway gateway : model.getModelElementsByType(ExclusiveGateway.class)) {
            if (gateway.getOutgoing().size() < 2) {
                continue;
            }
            assertThat(gateway.getDefault()).as(gateway.getId()).isNotNull();
            for (SequenceFlow flow : gateway.getOutgoing()) {
                assertThat(flow.getName()).as(flow.getId()).isNotBlank();
                assertThat(flow.getConditionExpression() == null).as(flow.getId()).isEqualTo(flow == gateway.getDefault());
            }
        }
    }

    @Test
    void theDiagramDrawsEveryElementAndShapesDoNotOverlap() {
        List<BpmnShape> shapes = new ArrayList<>(model.getModelElementsByType(BpmnShape.class));
        assertThat(shapes).extracting(s -> s.getBpmnElement().getId())
                .containsAll(model.getModelElementsByType(FlowNode.class).stream().map(FlowNode::getId).toList());
        assertThat(model.getModelElementsByType(BpmnEdge.class)).hasSameSizeAs(model.getModelElementsByType(SequenceFlow.class));
        for (BpmnShape a : shapes) {
            for (BpmnShape b : shapes) {
                if (a == b || nested(a, b) || nested(b, a) || attached(a, b) || attached(b, a)) {
                    continue;
                }
                assertThat(overlap(a, b)).as(a.getBpmnElement().getId() + " overlaps " + b.getBpmnElement().getId()).isFalse();
            }
        }
    }

    private static boolean attached(BpmnShape boundary, BpmnShape host) {
        return boundary.getBpmnElement() instanceof org.camunda.bpm.model.bpmn.instance.BoundaryEvent event
                && event.getAttachedTo() == host.getBpmnElement();
    }

    private static boolean nested(BpmnShape inner, BpmnShape outer) {
        return outer.getBpmnElement() instanceof org.camunda.bpm.model.bpmn.instance.SubProcess sub
                && (inner.getBpmnElement().getParentElement() == sub
                || inner.getBpmnElement().getParentElement() instanceof org.camunda.bpm.model.bpmn.instance.SubProcess parent
                && parent.getParentElement() == sub
                || inner.getBpmnElement() instanceof org.camunda.bpm.model.bpmn.instance.BoundaryEvent b
                && b.getAttachedTo().getParentElement() == sub);
    }

    private static boolean overlap(BpmnShape a, BpmnShape b) {
        var p = a.getBounds();
        var q = b.getBounds();
        return p.getX() < q.getX() + q.getWidth() && q.getX() < p.getX() + p.getWidth()
                && p.getY() < q.getY() + q.getHeight() && q.getY() < p.getY() + p.getHeight();
    }

    private List<String> keys(String form) throws IOException {
        List<String> keys = new ArrayList<>();
        JSON.readTree(resource("forms/" + form + ".form")).get("components")
                .forEach(c -> { if (c.has("key")) keys.add(c.get("key").asText()); });
        return keys;
    }

    private JsonNode component(String form, String key) throws IOException {
        for (JsonNode c : JSON.readTree(resource("forms/" + form + ".form")).get("components")) {
            if (key.equals(c.path("key").asText())) {
                return c;
            }
        }
        throw new AssertionError(key + " not in " + form);
    }

    private static InputStream resource(String name) {
        return LifecycleModelTest.class.getClassLoader().getResourceAsStream(name);
    }
}
