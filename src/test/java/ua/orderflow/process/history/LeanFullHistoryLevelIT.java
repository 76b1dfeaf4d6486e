package ua.orderflow.process.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ua.orderflow.support.PostgresIntegrationTest;

/**
 * The engine runs at level full as everything outside sees it, and of the job log produces only a
 * failure: what a supervisor looks for when a step fails, with its message and stack trace.
 */
@PostgresIntegrationTest
class LeanFullHistoryLevelIT {

    @Autowired
    ProcessEngine engine;

    @Test
    void theLevelIsFullAndAFailedStepLeavesItsFailureInTheJobLogAndNothingElse() {
        assertThat(engine.getManagementService().getHistoryLevel()).isEqualTo(ProcessEngineConfigurationImpl.HISTORYLEVEL_FULL);
        assertThat(((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getHistoryLevel())
                .isInstanceOf(LeanFullHistoryLevel.class);
        String key = "lean-history-failing-step";
        String deployment = engine.getRepositoryService().createDeployment().name(key).addModelInstance(key + ".bpmn",
                Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(180).startEvent()
                        .serviceTask("broken-step").camundaAsyncBefore().camundaClass("ua.orderflow.NoSuchDelegate")
                        .endEvent().done()).deploy().getId();
        try {
            failTheStepAndReadTheJobLog(key);
        } finally {
            // its failing job would fail every other test that runs the due jobs of the shared database
            engine.getRepositoryService().deleteDeployment(deployment, true);
        }
    }

    private void failTheStepAndReadTheJobLog(String key) {
        String instance = engine.getRuntimeService().startProcessInstanceByKey(key).getId();
        Job job = engine.getManagementService().createJobQuery().processInstanceId(instance).singleResult();

        assertThatThrownBy(() -> engine.getManagementService().executeJob(job.getId()));

        assertThat(engine.getHistoryService().createHistoricJobLogQuery().processInstanceId(instance).list())
                .singleElement().satisfies(log -> {
                    assertThat(log.isFailureLog()).isTrue();
                    assertThat(log.getJobExceptionMessage()).contains("NoSuchDelegate");
                    assertThat(engine.getHistoryService().getHistoricJobLogExceptionStacktrace(log.getId())).isNotBlank();
                });
        assertThat(engine.getHistoryService().createHistoricJobLogQuery().processInstanceId(instance).creationLog().count())
                .isZero();
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(instance).active()
                .count()).as("the rest of the history is written").isEqualTo(1);
    }
}
