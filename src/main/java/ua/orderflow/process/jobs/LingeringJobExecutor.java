package ua.orderflow.process.jobs;

import org.camunda.bpm.engine.spring.components.jobexecutor.SpringJobExecutor;

/** Spring's job executor with {@link LingeringJobAcquisition} in place of the engine's acquisition. */
final class LingeringJobExecutor extends SpringJobExecutor {

    private final long lingerMillis;

    LingeringJobExecutor(long lingerMillis) {
        this.lingerMillis = lingerMillis;
    }

    @Override
    protected void ensureInitialization() {
        super.ensureInitialization();
        acquireJobsRunnable = new LingeringJobAcquisition(this, lingerMillis);
    }
}
