package ua.orderflow.process.messages;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import ua.orderflow.messages.BuyerNotices;
import ua.orderflow.process.BusinessKeys;
import ua.orderflow.rozetka.StatusNames;

/**
 * The listeners {@link BuyerMessageHooks} puts on rozetka-order, each reading ids and one flag from
 * the instance and calling {@link BuyerNotices}. The beans are looked up when a listener runs: the
 * engine parses before the application's beans are all there.
 */
@Component
public class BuyerMessageListeners {

    private final ObjectProvider<BuyerNotices> notices;
    private final ObjectProvider<StatusNames> statusNames;

    public BuyerMessageListeners(ObjectProvider<BuyerNotices> notices, ObjectProvider<StatusNames> statusNames) {
        this.notices = notices;
        this.statusNames = statusNames;
    }

    /** The attempt is the process's own count of calls that did not reach the buyer (1 or 2). */
    ExecutionListener notReached() {
        return execution -> notices.getObject().notReached(shop(execution), order(execution),
                ((Number) execution.getVariable("notReachedCount")).intValue());
    }

    ExecutionListener shipped() {
        return execution -> notices.getObject().shipped(shop(execution), order(execution),
                text(execution, "ttn"));
    }

    /** One reminder per wait: the timer's activity instance stays the same when its job is retried. */
    ExecutionListener paymentReminder() {
        return execution -> notices.getObject().paymentReminder(shop(execution), order(execution),
                execution.getActivityInstanceId());
    }

    /** Only a cancellation decided here: one ROZETKA or the buyer made, ROZETKA tells the buyer itself. */
    ExecutionListener cancelled() {
        return execution -> {
            if (Boolean.TRUE.equals(execution.getVariable("cancelledHere"))) {
                notices.getObject().cancelled(shop(execution), order(execution), reason(execution));
            }
        };
    }

    /** The confirm and ship forms' optional {@code buyerMessage}, sent once per task, then cleared. */
    TaskListener managerMessage() {
        return task -> {
            String text = text(task, "buyerMessage");
            if (text != null && !text.isBlank()) {
                notices.getObject().fromManager(shop(task.getExecution()), order(task.getExecution()), task.getId(), text);
            }
            // cleared only when there is something to clear: a null written to an absent variable
            // would cost each order a variable and its history for no message at all
            if (task.getExecution().getVariable("buyerMessage") != null) {
                task.getExecution().setVariable("buyerMessage", null);
            }
        };
    }

    private String reason(DelegateExecution execution) {
        Object status = execution.getVariable("cancelStatus");
        if (status != null && !String.valueOf(status).isBlank()) {
            try {
                return statusNames.getObject().nameOf(shop(execution), Integer.parseInt(String.valueOf(status).trim()));
            } catch (RuntimeException e) {
                // a name ROZETKA cannot tell now: the reason below still says why
            }
        }
        return switch (String.valueOf(execution.getVariable("cancelReason"))) {
            case "out_of_stock" -> "товару немає в наявності";
            case "unpaid" -> "оплата не надійшла";
            default -> "замовлення скасовано магазином";
        };
    }

    private static String shop(DelegateExecution execution) {
        return BusinessKeys.shop(execution);
    }

    private static long order(DelegateExecution execution) {
        return BusinessKeys.order(execution);
    }

    private static String text(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        return value == null ? null : String.valueOf(value);
    }
}
