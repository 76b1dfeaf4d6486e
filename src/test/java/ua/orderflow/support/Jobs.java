package ua.orderflow.support;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;

/** Runs the engine's due jobs by hand, as the job executor would, until none is left to run now. */
public final class Jobs {

    private Jobs() {
    }

    /** Returns the failures; a failing job is rescheduled by its retry cycle and not run again here. */
    public static List<String> runDue(ManagementService management) {
        List<String> failures = new ArrayList<>();
        for (int round = 0; round < 500; round++) {
            List<Job> due = management.createJobQuery().executable().active().list().stream()
                    .filter(j -> j.getExceptionMessage() == null).toList();
            if (due.isEmpty()) {
                return failures;
            }
            for (Job job : due) {
                try {
                    management.executeJob(job.getId());
                } catch (RuntimeException e) {
                    failures.add(job.getProcessInstanceId() + ": " + e.getMessage());
                }
            }
        }
        throw new IllegalStateException("jobs keep coming after 500 rounds: a loop in the process?");
    }
}
