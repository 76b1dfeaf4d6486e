package ua.orderflow.desk.dashboard;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What the supervisors' dashboard needs from the process engine: late tasks, contact-deadline
 * breaches, failed steps and when each order passed its milestones. The engine's side lives in process/.
 */
public interface EngineFigures {

    /** A failed step waiting for a supervisor: on which order, at which step, what went wrong. */
    record Incident(String processInstanceId, String businessKey, String step, String message, Instant at) {
    }

    /**
     * When an order's process started (the order reached us), was acknowledged to ROZETKA, confirmed
     * with the buyer and shipped, and who confirmed and shipped it; null for a milestone not passed.
     */
    record Milestones(String businessKey, Instant started, Instant acknowledged, Instant confirmed, String confirmedBy,
            Instant shipped, String shippedBy) {
    }

    /** Open tasks past their due date, counted by task name. */
    Map<String, Long> overdueTasks(Instant now);

    /** When each contact-deadline escalation since then was raised. */
    List<Instant> slaBreaches(Instant since);

    /** Open incidents, newest first, at most {@code max}. */
    List<Incident> openIncidents(int max);

    /** Milestones of the orders whose process started since then, at most {@code max}. */
    List<Milestones> milestones(Instant since, int max);
}
