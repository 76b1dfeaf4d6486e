package ua.orderflow.process.delegate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceEntity;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A JSON variable (the order card) is written again only when its value changed, compared with what
 * the engine's own JSON format (Spin) stored: on the engine with Spin, as the service runs it.
 */
class ChangedVariablesTest {

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessEngineExtension.builder().configurationResource("process-test.cfg.xml").build();

    private ProcessEngine engine;
    private Map<String, Object> next;

    @BeforeEach
    void deploy() {
        engine = extension.getProcessEngine();
        Mocks.register("writeCard", (JavaDelegate) execution -> ChangedVariables.setJson(execution, "card", next));
        engine.getRepositoryService().createDeployment().addModelInstance("card-twice.bpmn", Bpmn.createExecutableProcess("card-twice")
                .camundaHistoryTimeToLive(1)
                .startEvent()
                .serviceTask("first").camundaDelegateExpression("${writeCard}")
                .userTask("between")
                .serviceTask("second").camundaDelegateExpression("${writeCard}")
                .userTask("after")
                .endEvent().done()).deploy();
    }

    @AfterEach
    void forget() {
        Mocks.reset();
        engine.getRepositoryService().createDeploymentQuery().list()
                .forEach(d -> engine.getRepositoryService().deleteDeployment(d.getId(), true));
    }

    @Test
    void anEqualCardIsNotWrittenAgain() {
        next = card("Олена Коваль", List.of(Map.of("id", 42, "title", "Не вдалося зв'язатися")));
        ProcessInstance instance = engine.getRuntimeService().startProcessInstanceByKey("card-twice");
        int written = revision(instance);
        next = card("Олена Коваль", List.of(Map.of("id", 42, "title", "Не вдалося зв'язатися")));
        completeTask(instance);
        assertThat(revision(instance)).isEqualTo(written);
        assertThat(engine.getRuntimeService().getVariable(instance.getId(), "card")).isEqualTo(next);
    }

    @Test
    void aChangedCardIsWrittenAndReadsBackAsWritten() {
        next = card("Олена Коваль", List.of());
        ProcessInstance instance = engine.getRuntimeService().startProcessInstanceByKey("card-twice");
        int written = revision(instance);
        next = card("Олена Коваль-Шевчук", List.of(Map.of("id", 50, "title", "Немає оплати")));
        completeTask(instance);
        assertThat(revision(instance)).isGreaterThan(written);
        assertThat(engine.getRuntimeService().getVariable(instance.getId(), "card")).isEqualTo(next);
    }

    private void completeTask(ProcessInstance instance) {
        engine.getTaskService().complete(engine.getTaskService().createTaskQuery()
                .processInstanceId(instance.getId()).singleResult().getId());
    }

    private int revision(ProcessInstance instance) {
        return ((VariableInstanceEntity) engine.getRuntimeService().createVariableInstanceQuery()
                .processInstanceIdIn(instance.getId()).variableName("card").singleResult()).getRevision();
    }

    private static Map<String, Object> card(String customer, List<Map<String, Object>> cancelOptions) {
        Map<String, Object> card = new LinkedHashMap<>();
        card.put("shopId", "sandbox");
        card.put("orderId", "812000001");
        card.put("customerName", customer);
        card.put("amountText", "1 234,00 грн");
        card.put("callbackOff", false);
        card.put("cancelOptions", cancelOptions);
        return card;
    }
}
