package ua.orderflow.process.task;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import ua.orderflow.process.BusinessKeys;
import ua.orderflow.process.delegate.ChangedVariables;

/**
 * On every order task's creation: the order's number in its title, and the names of the ROZETKA
 * statuses it shows ({@code rozetkaStatusName} for the cards' column and the forms,
 * {@code refusedStatusName} for the conflict form, {@code attentionStatusName} for a delivery to look into) as they are when the task opens.
 */
final class OrderTaskListener implements TaskListener {

    /** Status variables whose names the forms and cards show, each as {@code <variable>Name}. */
    static final List<String> STATUS_VARIABLES = List.of("rozetkaStatus", "refusedStatus", "attentionStatus");

    private final StatusLabel labels;

    OrderTaskListener(StatusLabel labels) {
        this.labels = labels;
    }

    @Override
    public void notify(DelegateTask task) {
        DelegateExecution execution = task.getExecution();
        if (execution == null) {
            return; // a standalone task (ParcelTasks) is named with its order by whoever creates it
        }
        task.setName(TaskTitles.withOrder(task.getName(), BusinessKeys.orderIfAny(execution)));
        String shop = BusinessKeys.shopIfAny(execution);
        for (String variable : STATUS_VARIABLES) {
            Object status = execution.getVariable(variable);
            if (status != null && shop != null) {
                ChangedVariables.set(execution, variable + "Name",
                        labels.nameOf(shop, Integer.parseInt(String.valueOf(status))));
            }
        }
    }
}
