package ua.orderflow.process.delegate;

import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import ua.orderflow.rozetka.RozetkaException;
import ua.orderflow.rozetka.StatusNames;
import ua.orderflow.rozetka.StatusPush;
import ua.orderflow.sync.journal.EventKind;
import ua.orderflow.sync.journal.Severity;
import ua.orderflow.sync.journal.SyncJournal;

/**
 * Sets {@code targetStatus} at ROZETKA (with {@code ttn} and {@code managerComment} when given).
 * ROZETKA's refusal (1005) is a business outcome: BPMN error STATUS_REFUSED with ROZETKA's reason.
 * Anything else fails the job, so the engine retries and finally raises an incident.
 */
@Component("pushRozetkaStatus")
public class PushRozetkaStatus implements JavaDelegate {

    private final StatusPush push;
    private final SyncJournal journal;
    private final StatusNames names;

    public PushRozetkaStatus(StatusPush push, SyncJournal journal, StatusNames names) {
        this.push = push;
        this.journal = journal;
        this.names = names;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String shop = Ids.shop(execution);
        long order = Ids.order(execution);
        int target = Ids.integer(execution.getVariable("targetStatus"));
        try {
            apply(execution, target, push.push(shop, order, target, Ids.ttn(execution),
                    Ids.text(execution, "managerComment")));
        } catch (RozetkaException e) {
            throw failed(shop, target, order, e);
        }
    }

    /** Writes the push's outcome back; a refusal is journalled and thrown as STATUS_REFUSED. */
    void apply(DelegateExecution execution, int target, StatusPush.Outcome outcome) {
        ChangedVariables.set(execution, "rozetkaStatus", outcome.statusAfter());
        if (outcome.kind() == StatusPush.Outcome.Kind.REFUSED) {
            throw refused(execution, journal, target, outcome.refusal(),
                    "ROZETKA не прийняла статус " + names.quoted(Ids.shop(execution), target) + " для замовлення "
                            + Ids.order(execution) + ": "
                            + outcome.refusal());
        }
        if (execution.getVariable("managerComment") != null) {
            execution.setVariable("managerComment", null);
        }
    }

    /**
     * ROZETKA will not take {@code target}: the business outcome STATUS_REFUSED, which opens the
     * status conflict task with {@code reason}; journalled as {@code journalLine}.
     */
    static BpmnError refused(DelegateExecution execution, SyncJournal journal, int target, String reason,
            String journalLine) {
        CardVariable.ensureIds(execution); // a refused first push: the order was never read
        execution.setVariable("refusedStatus", target);
        execution.setVariable("refusalReason", reason);
        journal.record(null, Ids.shop(execution), Ids.order(execution), EventKind.PUSH_REJECTED, Severity.WARN,
                journalLine, null);
        return new BpmnError("STATUS_REFUSED", reason);
    }

    /** The incident's text in Cockpit: the status by name, as a supervisor reads it. */
    IllegalStateException failed(String shop, int target, long order, RozetkaException e) {
        return new IllegalStateException("Не вдалося передати статус " + names.quoted(shop, target) + " замовлення " + order
                + " в ROZETKA: " + e.getMessage(), e);
    }
}
