package ua.orderflow.process.jobs;

import org.camunda.bpm.engine.impl.jobexecutor.AcquiredJobs;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.jobexecutor.SequentialJobAcquisitionRunnable;

/**
 * The engine's acquisition, except that after an acquisition that found fewer jobs than it asked
 * for, the next one waits at least {@code lingerMillis} even when new jobs are hinted meanwhile.
 * The engine acquires again at once on every hint, and every step an order takes creates a job and
 * hints: under load, nearly each job cost an acquisition of its own (a query, a lock update, a
 * commit; 9.6 acquisitions per lifecycle order for 4 jobs). Waiting a moment lets the jobs of that
 * moment go in one batch. A full batch still acquires again at once, and the first job after a
 * quiet spell is taken at once too: the wait only follows an acquisition.
 */
final class LingeringJobAcquisition extends SequentialJobAcquisitionRunnable {

    private final long lingerMillis;

    LingeringJobAcquisition(JobExecutor executor, long lingerMillis) {
        super(executor);
        this.lingerMillis = lingerMillis;
    }

    @Override
    protected void suspendAcquisition(long millis) {
        if (lingerMillis <= 0 || !lastAcquisitionWasPartial()) {
            super.suspendAcquisition(millis);
            return;
        }
        linger();
        // a job hinted while lingering did not wake the engine's own wait: it is taken now
        if (!isJobAdded && !isInterrupted) {
            super.suspendAcquisition(millis - lingerMillis);
        }
    }

    /** Fewer jobs than asked for, none refused by a full executor (the engine's own back-off handles that). */
    private boolean lastAcquisitionWasPartial() {
        if (!acquisitionContext.getRejectedJobsByEngine().isEmpty()) {
            return false;
        }
        for (AcquiredJobs jobs : acquisitionContext.getAcquiredJobsByEngine().values()) {
            if (jobs.size() < jobs.getNumberOfJobsAttemptedToAcquire()) {
                return true;
            }
        }
        return false;
    }

    /** Waits out the linger; only stopping the executor ends it early (within the linger). */
    private void linger() {
        long until = System.nanoTime() + lingerMillis * 1_000_000;
        synchronized (MONITOR) {
            long left;
            while (!isInterrupted && (left = until - System.nanoTime()) > 0) {
                try {
                    MONITOR.wait(Math.max(1, left / 1_000_000));
                } catch (InterruptedException stopped) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }
}
