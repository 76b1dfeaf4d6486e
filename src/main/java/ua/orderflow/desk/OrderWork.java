package ua.orderflow.desk;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What people do and did on an order, as the process engine knows it: the open task (who holds it,
 * by when) and the finished steps with who did them. The engine's side lives in process/.
 */
public interface OrderWork {

    record OpenTask(String taskId, String name, String assignee, Instant due) {
    }

    record Step(Instant at, String who, String what) {
    }

    /** The open user tasks of these orders, keyed by business key ({@code shop:order}). */
    Map<String, OpenTask> openTasks(Collection<String> businessKeys);

    /** Orders with an open task past its due date, by business key; at most {@code max}. */
    Set<String> overdue(Instant now, int max);

    /** Finished user tasks and the instance's start and end, oldest first. */
    List<Step> history(String businessKey);
}
