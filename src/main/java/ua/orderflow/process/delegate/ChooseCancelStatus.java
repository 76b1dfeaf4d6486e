package ua.orderflow.process.delegate;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import ua.orderflow.rozetka.RozetkaException;
import ua.orderflow.rozetka.StatusNames;
import ua.orderflow.sync.CancelStatuses;
import ua.orderflow.sync.journal.SyncJournal;

/**
 * Sets {@code cancelStatus} to the first status, of those preferred for {@code cancelReason}, that
 * ROZETKA allows for the order now. When it allows none, nothing is sent and the books stay: the
 * STATUS_REFUSED outcome opens the conflict task, with the cancellations ROZETKA does allow.
 */
@Component("chooseCancelStatus")
public class ChooseCancelStatus implements JavaDelegate {

    private final CancelStatuses statuses;
    private final SyncJournal journal;
    private final StatusNames names;

    public ChooseCancelStatus(CancelStatuses statuses, SyncJournal journal, StatusNames names) {
        this.statuses = statuses;
        this.journal = journal;
        this.names = names;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long order = Ids.order(execution);
        CancelStatuses.Choice choice;
        try {
            choice = statuses.choose(Ids.shop(execution), order, Ids.text(execution, "cancelReason"),
                    execution.getVariable("cancelStatus"));
        } catch (RozetkaException e) {
            throw new IllegalStateException("Не вдалося прочитати дозволені статуси замовлення " + order
                    + " з ROZETKA: " + e.getMessage(), e);
        }
        // the conflict form offers these if nothing fits, and they are the freshest the order has
        CardVariable.cancelOptions(execution, choice.options());
        ChangedVariables.set(execution, "rozetkaStatus", choice.currentStatus());
        if (choice.chosen().isPresent()) {
            execution.setVariable("cancelStatus", choice.chosen().get());
            return;
        }
        List<Integer> preferred = choice.preferred();
        String shop = Ids.shop(execution);
        String wanted = names.quoted(shop, preferred);
        String reason = "ROZETKA зараз не дозволяє для замовлення жодного зі статусів скасування " + wanted
                + (choice.options().isEmpty() ? "; інших статусів скасування теж немає"
                        : "; оберіть один із дозволених");
        throw PushRozetkaStatus.refused(execution, journal, preferred.isEmpty() ? 0 : preferred.get(0), reason,
                "Замовлення " + order + " не скасовано в ROZETKA: " + reason + " (дозволено: " + names.quoted(shop, choice.allowed()) + ")");
    }
}
