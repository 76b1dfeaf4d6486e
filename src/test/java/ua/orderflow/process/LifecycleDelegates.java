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
import ua.orderflow.order.TaskDeadlines;
import ua.orderflow.shop.Shops;

/**
 * Stand-ins for the delegate beans the BPMN names, honouring their contracts: they record what they
 * were asked to do, set the variables the real ones set, and the push refuses statuses on demand.
 */
final class LifecycleDelegates {

    static final List<String> DOCUMENT_BEANS = List.of("loadOrderSummary", "issueInvoice",
            "openStageDocuments", "bookRozetkaShipment", "updateDeliveryState", "returnStock", "closeReceivedOrder",
            "cancelOrderDocuments", "applyItemChanges", "sendSellerComment");

    final List<Integer> pushed = new ArrayList<>();
    /** The TTN sent with each push, "" for none. */
    final List<String> pushedTtns = new ArrayList<>();
    final List<String> calls = new ArrayList<>();
    /** What {@code goodsBack} said each time the documents were cancelled. */
    final List<Object> goodsBackWhenCancelled = new ArrayList<>();
    final Set<Integer> refuseOnce = new HashSet<>();
    int rozetkaStatusWhenRefusing = 26;
    /** The cancellations ROZETKA allows for the order now; null: any. */
    Set<Integer> allowedCancellations;
    Date orderedAt;
    boolean cancelledUpstream;
    boolean paymentPending;
    /** The shop has a Nova Poshta key: the ship form starts at «Створити ТТН Нової Пошти». */
    boolean novaPoshtaShop;
    /** Nova Poshta refuses the next waybill with this reason. */
    String waybillRefusal;
    /** The books fail the next expense notes with this message (a technical failure, not a business outcome). */
    String expenseNoteFailure;
    static final String WAYBILL_NUMBER = "20450000009999";

    LifecycleDelegates register() {
        OrderProcessProperties properties = OrderProcessProperties.defaults();
        OrderSettings settings = new OrderSettings(properties, StageMapping.defaults());
        Mocks.register("contactSla", new ContactSla(properties, new Shops(null)));
        Mocks.register("orderCard", new ua.orderflow.process.delegate.OrderCardReader());
        Mocks.register("orderKey", new ua.orderflow.process.delegate.OrderKeyReader());
        Mocks.register("taskDeadlines", new TaskDeadlines(properties, new Shops(null)));
        Mocks.register("orderSettings", settings);
        Mocks.register("chooseCancelStatus", (JavaDelegate) execution -> chooseCancelStatus(settings, execution));
        Mocks.register("pushRozetkaStatus", (JavaDelegate) this::push);
        Mocks.register("acknowledgeOrder", (JavaDelegate) execution -> {
            push(execution);
            record("acknowledgeOrder", execution);
        });
        // ROZETKA takes no status for an order it has cancelled: the read shows the cancellation
        Mocks.register("confirmRozetkaOrder", (JavaDelegate) execution -> {
            if (!cancelledUpstream) {
                push(execution);
            }
            record("confirmRozetkaOrder", execution);
        });
        for (String bean : DOCUMENT_BEANS) {
            Mocks.register(bean, (JavaDelegate) execution -> record(bean, execution));
        }
        Mocks.register("issueExpenseNote", (JavaDelegate) execution -> {
            if (expenseNoteFailure != null) {
                throw new IllegalStateException(expenseNoteFailure);
            }
            record("issueExpenseNote", execution);
        });
        Mocks.register("prepareShipForm", (org.camunda.bpm.engine.delegate.ExecutionListener) execution -> {
            if (execution.getVariable("ttnSource") == null) {
                execution.setVariable("ttnSource", novaPoshtaShop ? "create" : "typed");
            }
        });
        Mocks.register("createNovaPoshtaWaybill", (JavaDelegate) execution -> {
            calls.add("createNovaPoshtaWaybill@" + execution.getCurrentActivityId());
            if (waybillRefusal != null) {
                String reason = waybillRefusal;
                waybillRefusal = null;
                execution.setVariable("waybillRefusal", reason);
                throw new BpmnError("WAYBILL_REFUSED", reason);
            }
            execution.setVariable("ttn", WAYBILL_NUMBER);
            execution.setVariable("waybillNumber", WAYBILL_NUMBER);
        });
        Mocks.register("recordParcelHandover", (org.camunda.bpm.engine.delegate.TaskListener) task ->
                calls.add("recordParcelHandover@" + task.getTaskDefinitionKey()));
        return this;
    }

    private void push(DelegateExecution execution) {
        int status = Integer.parseInt(String.valueOf(execution.getVariable("targetStatus")));
        if (refuseOnce.remove(status)) {
            throw refuse(execution, status, "Зміна статусу недоступна");
        }
        pushed.add(status);
        pushedTtns.add(execution.getVariable("ttn") == null ? "" : String.valueOf(execution.getVariable("ttn")));
        execution.setVariable("rozetkaStatus", status);
    }

    /** The first preferred cancellation ROZETKA allows, or STATUS_REFUSED when it allows none. */
    private void chooseCancelStatus(OrderSettings settings, DelegateExecution execution) {
        calls.add("chooseCancelStatus@" + execution.getCurrentActivityId());
        List<Integer> preferred = settings.cancelPreferences((String) execution.getVariable("cancelReason"),
                execution.getVariable("cancelStatus"));
        Integer chosen = preferred.stream()
                .filter(s -> allowedCancellations == null || allowedCancellations.contains(s)).findFirst().orElse(null);
        if (chosen == null) {
            throw refuse(execution, preferred.get(0), "ROZETKA зараз не дозволяє жодного зі статусів " + preferred);
        }
        execution.setVariable("cancelStatus", chosen);
    }

    private BpmnError refuse(DelegateExecution execution, int status, String reason) {
        execution.setVariable("refusedStatus", status);
        execution.setVariable("rozetkaStatus", rozetkaStatusWhenRefusing);
        execution.setVariable("refusalReason", reason);
        return new BpmnError("STATUS_REFUSED", reason);
    }

    private void record(String bean, DelegateExecution execution) {
        calls.add(bean + "@" + execution.getCurrentActivityId());
        switch (bean) {
            case "loadOrderSummary", "acknowledgeOrder" -> {
                execution.setVariable("orderedAt", orderedAt);
                execution.setVariable("card", Map.of("customerName", "Олена Коваль",
                        "cancelOptions", List.of(Map.of("label", "Не вдалося зв'язатися", "value", 18))));
            }
            case "cancelOrderDocuments" -> goodsBackWhenCancelled.add(execution.getVariable("goodsBack"));
            case "confirmRozetkaOrder" -> {
                execution.setVariable("cancelledUpstream", cancelledUpstream);
                execution.setVariable("paymentPending", paymentPending);
            }
            default -> { }
        }
    }
}
