package ua.orderflow.process;

import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.test.mock.Mocks;
import ua.orderflow.order.ContactSla;
import ua.orderflow.order.OrderProcessProperties;
import ua.orderflow.order.OrderSettings;
import ua.orderflow.order.StageMapping;

/**
 * Stand-ins for the delegate beans the BPMN names, honouring their contracts: they record what they
 * were asked to do, set the variables the real ones set, and the push refuses statuses on demand.
 */
final class LifecycleDelegates {

    static final List<String> DOCUMENT_BEANS = List.of("loadOrderSummary", "refreshRozetkaOrder", "issueInvoice",
            "openStageDocuments", "issueExpenseNote", "updateDeliveryState", "returnStock", "closeReceivedOrder",
            "cancelOrderDocuments", "applyItemChanges", "sendSellerComment");

    final List<Integer> pushed = new ArrayList<>();
    final List<String> calls = new ArrayList<>();
    final Set<Integer> refuseOnce = new HashSet<>();
    int rozetkaStatusWhenRefusing = 26;
    Date orderedAt;
    boolean cancelledUpstream;
    boolean paymentPending;

    LifecycleDelegates register() {
        OrderProcessProperties properties = OrderProcessProperties.defaults();
        Mocks.register("contactSla", new ContactSla(properties));
        Mocks.register("orderSettings", new OrderSettings(properties, StageMapping.defaults()));
        Mocks.register("pushRozetkaStatus", (JavaDelegate) this::push);
        Mocks.register("acknowledgeOrder", (JavaDelegate) execution -> {
            push(execution);
            record("acknowledgeOrder", execution);
        });
        for (String bean : DOCUMENT_BEANS) {
            Mocks.register(bean, (JavaDelegate) execution -> record(bean, execution));
        }
        return this;
    }

    private void push(DelegateExecution execution) {
        int status = Integer.parseInt(String.valueOf(execution.getVariable("targetStatus")));
        if (refuseOnce.remove(status)) {
            execution.setVariable("refusedStatus", status);
            execution.setVariable("rozetkaStatus", rozetkaStatusWhenRefusing);
            execution.setVariable("refusalReason", "Зміна статусу недоступна");
            throw new BpmnError("STATUS_REFUSED", "ROZETKA refused status " + status);
        }
        pushed.add(status);
    }

    private void record(String bean, DelegateExecution execution) {
        calls.add(bean + "@" + execution.getCurrentActivityId());
        switch (bean) {
            case "loadOrderSummary", "acknowledgeOrder" -> {
                execution.setVariable("orderedAt", orderedAt);
                execution.setVariable("customerName", "Олена Коваль");
                execution.setVariable("allowedCancelStatuses",
                        List.of(Map.of("label", "Не вдалося зв'язатися", "value", 18)));
            }
            case "refreshRozetkaOrder" -> {
                execution.setVariable("cancelledUpstream", cancelledUpstream);
                execution.setVariable("paymentPending", paymentPending);
            }
            default -> { }
        }
    }
}
