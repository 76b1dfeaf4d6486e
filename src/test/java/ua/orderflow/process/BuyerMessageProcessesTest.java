package ua.orderflow.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaFailedJobRetryTimeCycle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The two buyer-chat processes: the house rules on the files Modeler edits, and on the engine (H2,
 * job executor off, delegates mocked) a reply that goes to the queue and a send that retries and then
 * opens an incident in words.
 */
@Deployment(resources = {"processes/buyer-message.bpmn", "processes/send-buyer-message.bpmn",
        "forms/answer-buyer.form"})
class BuyerMessageProcessesTest {

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessEngineExtension.builder()
            .configurationResource("process-test.cfg.xml").build();

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> FILES = List.of("buyer-message", "send-buyer-message");

    @AfterEach
    void reset() {
        Mocks.reset();
    }

    @Test
    void eachProcessIsNamedByItsFileKeepsHistoryAndIsDrawnWhole() {
        for (String file : FILES) {
            BpmnModelInstance model = model(file);
            Process process = model.getModelElementsByType(Process.class).iterator().next();
            assertThat(process.getId()).isEqualTo(file);
            assertThat(process.getName()).containsPattern("[А-Яа-яІіЇїЄєҐґ]");
            assertThat(process.getCamundaHistoryTimeToLiveString()).isNotBlank();
            Set<String> drawn = model.getModelElementsByType(BpmnShape.class).stream()
                    .map(s -> s.getBpmnElement().getId()).collect(Collectors.toSet());
            drawn.addAll(model.getModelElementsByType(BpmnEdge.class).stream().map(e -> e.getBpmnElement().getId())
                    .toList());
            for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
                assertThat(drawn).as(file).contains(node.getId());
                assertThat(node.getName()).as(file + " " + node.getId()).containsPattern("[А-Яа-яІіЇїЄєҐґ]");
            }
            model.getModelElementsByType(SequenceFlow.class).forEach(f -> assertThat(drawn).contains(f.getId()));
        }
    }

    @Test
    void everyGatewaysFlowsAreNamedWithOneDefault() {
        for (String file : FILES) {
            for (org.camunda.bpm.model.bpmn.instance.ExclusiveGateway gateway : model(file)
                    .getModelElementsByType(org.camunda.bpm.model.bpmn.instance.ExclusiveGateway.class)) {
                assertThat(gateway.getDefault()).as(gateway.getId()).isNotNull();
                for (SequenceFlow flow : gateway.getOutgoing()) {
                    assertThat(flow.getName()).as(flow.getId()).isNotBlank();
                    assertThat(flow == gateway.getDefault() || flow.getConditionExpression() != null)
                            .as(flow.getId()).isTrue();
                }
            }
        }
    }

    @Test
    void theReplyTaskIsForManagersWithADueDateAndAUkrainianFormWithTheThreadAndAReplyField() throws IOException {
        UserTask task = model("buyer-message").getModelElementById("answer-buyer");
        assertThat(task.getName()).isEqualTo("Відповісти покупцю");
        assertThat(task.getCamundaCandidateGroups()).isEqualTo("managers");
        assertThat(task.getCamundaDueDate()).isEqualTo("${replyDue}");
        assertThat(task.getCamundaFormKey()).isEqualTo("camunda-forms:deployment:answer-buyer.form");
        JsonNode form = JSON.readTree(resource("forms/answer-buyer.form"));
        Map<String, JsonNode> fields = new java.util.HashMap<>();
        form.get("components").forEach(c -> fields.put(c.path("key").asText(), c));
        assertThat(fields.get("thread").path("readonly").asBoolean()).isTrue();
        assertThat(fields.get("reply").at("/validate/required").asBoolean()).isTrue();
        assertThat(fields.get("reply").at("/validate/maxLength").asInt()).isEqualTo(4000);
        for (String other : List.of("confirm-order", "ship-order")) {
            JsonNode components = JSON.readTree(resource("forms/" + other + ".form")).get("components");
            JsonNode last = components.get(components.size() - 1);
            assertThat(last.path("key").asText()).as(other + ": one appended field").isEqualTo("buyerMessage");
            assertThat(last.path("type").asText()).isEqualTo("textarea");
        }
    }

    @Test
    void everyServiceTaskCallsADelegateWithItsTemplateAndTheSendRetries() throws IOException {
        for (String file : FILES) {
            for (ServiceTask task : model(file).getModelElementsByType(ServiceTask.class)) {
                String bean = task.getCamundaDelegateExpression().replaceAll("[${}]", "");
                String template = bean.replaceAll("([A-Z])", "-$1").toLowerCase();
                JsonNode json = JSON.readTree(Files.readString(Path.of(".camunda", "element-templates",
                        template + ".json")));
                assertThat(task.getAttributeValueNs("http://camunda.org/schema/1.0/bpmn", "modelerTemplate"))
                        .isEqualTo(json.get("id").asText());
                assertThat(task.isCamundaAsyncBefore()).as(task.getId())
                        .isEqualTo(json.at("/metadata/failedJobRetryTimeCycle").isTextual());
                if (task.isCamundaAsyncBefore()) {
                    assertThat(task.getExtensionElements().getElementsQuery()
                            .filterByType(CamundaFailedJobRetryTimeCycle.class).singleResult().getTextContent())
                            .isEqualTo(json.at("/metadata/failedJobRetryTimeCycle").asText());
                }
            }
        }
        ServiceTask send = model("send-buyer-message").getModelElementById("send-message");
        assertThat(send.isCamundaAsyncBefore()).as("an external call is its own job").isTrue();
    }

    @Test
    void aCompletedReplyTaskQueuesTheReplyInTheSameStep() {
        java.util.List<Object> replies = new java.util.ArrayList<>();
        Mocks.register("queueBuyerReply", (org.camunda.bpm.engine.delegate.JavaDelegate) execution ->
                replies.add(execution.getVariable("reply")));
        ProcessInstance chat = answered(1, Map.of("reply", "Сьогодні"));
        assertThat(replies).containsExactly("Сьогодні");
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(chat.getId()).count())
                .isZero();
    }

    @Test
    void noReplyNeededOnlyMarksTheChatReadInAStepOfItsOwn() {
        java.util.List<Object> read = new java.util.ArrayList<>();
        Mocks.register("queueBuyerReply", (org.camunda.bpm.engine.delegate.JavaDelegate) execution -> {
            throw new AssertionError("no reply is queued");
        });
        Mocks.register("markBuyerChatRead", (org.camunda.bpm.engine.delegate.JavaDelegate) execution ->
                read.add(execution.getVariable("orderId")));
        ProcessInstance chat = answered(2, Map.of("noReplyNeeded", true));
        assertThat(read).as("an external call: its own job").isEmpty();
        engine.getManagementService().executeJob(job(chat).getId());
        assertThat(read).containsExactly(2L);
    }

    @Test
    void aSendThatKeepsFailingIsTriedFiveTimesThenOpensAnIncidentInWords() {
        Mocks.register("sendBuyerMessage", (org.camunda.bpm.engine.delegate.JavaDelegate) execution -> {
            throw new IllegalStateException("Не вдалося надіслати покупцю повідомлення до замовлення 1: "
                    + "ROZETKA недоступна");
        });
        ProcessInstance send = engine.getRuntimeService().startProcessInstanceByKey("send-buyer-message",
                "sandbox:1:message-7", Map.of("outboxId", 7L, "shopId", "sandbox", "orderId", 1L));
        ManagementService management = engine.getManagementService();
        int tries = 0;
        for (Job job = job(send); job != null && job.getRetries() > 0; job = job(send)) {
            try {
                management.executeJob(job.getId());
            } catch (RuntimeException expected) {
                tries++;
            }
        }
        assertThat(tries).as("R5/PT1M: five tries in all").isEqualTo(5);
        Incident incident = engine.getRuntimeService().createIncidentQuery().processInstanceId(send.getId())
                .singleResult();
        assertThat(incident.getActivityId()).isEqualTo("send-message");
        assertThat(incident.getIncidentMessage()).contains("Не вдалося надіслати покупцю повідомлення");
    }

    /** The reply task of a chat about order {@code orderId}, completed with {@code outcome}. */
    private static ProcessInstance answered(long orderId, Map<String, Object> outcome) {
        ProcessInstance chat = engine.getRuntimeService().startProcessInstanceByKey("buyer-message",
                "sandbox:" + orderId, Map.of("shopId", "sandbox", "orderId", orderId, "thread", "Покупець: коли?",
                        "replyDue", new java.util.Date()));
        Task task = engine.getTaskService().createTaskQuery().processInstanceId(chat.getId()).singleResult();
        engine.getTaskService().complete(task.getId(), outcome);
        return chat;
    }

    private Job job(ProcessInstance instance) {
        return engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).singleResult();
    }

    private static BpmnModelInstance model(String file) {
        return Bpmn.readModelFromStream(resource("processes/" + file + ".bpmn"));
    }

    private static InputStream resource(String name) {
        InputStream in = BuyerMessageProcessesTest.class.getClassLoader().getResourceAsStream(name);
        assertThat(in).as(name).isNotNull();
        return in;
    }
}
