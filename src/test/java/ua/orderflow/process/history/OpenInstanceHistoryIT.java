package ua.orderflow.process.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ua.orderflow.support.Jobs;
import ua.orderflow.support.PostgresIntegrationTest;

/**
 * The removal-time strategy start on PostgreSQL: a running instance's history carries its removal
 * time from the start, TTL days on; the nightly keeping gives an instance still open near that time
 * another TTL from now, and stamps instances that have none. Other tests share the database, so only
 * this test's own instances are looked at.
 */
@PostgresIntegrationTest
class OpenInstanceHistoryIT {

    private static final Duration TTL = Duration.ofDays(180);

    @Autowired
    ProcessEngine engine;
    @Autowired
    OpenInstanceHistory openInstances;

    private final java.util.List<String> deployments = new java.util.ArrayList<>();

    /** The clock back, and the waiting instances gone: other tests share the database. */
    @AfterEach
    void cleanUp() {
        ClockUtil.reset();
        deployments.forEach(id -> engine.getRepositoryService().deleteDeployment(id, true));
    }

    @Test
    void anInstanceStillOpenNearItsRemovalIsGivenAnotherTtlAndTheRestAreLeftAlone() {
        ProcessDefinition waiting = deploy("open-history-waiting", true);
        ProcessDefinition passing = deploy("open-history-passing", false);
        Instant longAgo = Instant.now().minus(Duration.ofDays(160));
        ClockUtil.setCurrentTime(Date.from(longAgo));
        String stuck = start(waiting);
        String ended = start(passing);
        ClockUtil.reset();
        String young = start(waiting);

        // stamped as written, TTL from the start, while the instance runs
        assertThat(removal(young)).isCloseTo(Instant.now().plus(TTL), within(1, ChronoUnit.MINUTES));
        assertThat(removal(stuck)).isCloseTo(longAgo.plus(TTL), within(1, ChronoUnit.MINUTES));

        assertThat(openInstances.keep().extended()).isGreaterThanOrEqualTo(1);
        assertThat(Jobs.runDue(engine.getManagementService())).isEmpty();

        Instant kept = Instant.now().plus(TTL);
        assertThat(removal(stuck)).isCloseTo(kept, within(1, ChronoUnit.MINUTES));
        assertThat(activities(stuck).get(0).getRemovalTime().toInstant()).isCloseTo(kept, within(1, ChronoUnit.MINUTES));
        assertThat(removal(ended)).as("an ended instance keeps its removal time")
                .isCloseTo(longAgo.plus(TTL), within(1, ChronoUnit.MINUTES));
        assertThat(removal(young)).isCloseTo(kept, within(1, ChronoUnit.MINUTES));

        // what the instance writes afterwards is kept as long as the rest of its trail
        String task = engine.getTaskService().createTaskQuery().processInstanceId(stuck).singleResult().getId();
        engine.getTaskService().complete(task);
        assertThat(activities(stuck)).hasSize(2)
                .allSatisfy(a -> assertThat(a.getRemovalTime().toInstant()).isCloseTo(kept, within(1, ChronoUnit.MINUTES)));
    }

    @Test
    void anInstanceWithoutARemovalTimeIsStampedTtlFromItsStart() {
        ProcessDefinition waiting = deploy("open-history-unstamped", true);
        Instant started = Instant.now().minus(Duration.ofDays(10));
        ClockUtil.setCurrentTime(Date.from(started));
        String before = start(waiting);
        ClockUtil.reset();
        // as an instance started while the strategy was 'end' has it
        HistoryService history = engine.getHistoryService();
        history.setRemovalTimeToHistoricProcessInstances().clearedRemovalTime().byIds(before).hierarchical().executeAsync();
        assertThat(Jobs.runDue(engine.getManagementService())).isEmpty();
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(before).singleResult().getRemovalTime()).isNull();

        assertThat(openInstances.keep().stamped()).isGreaterThanOrEqualTo(1);
        assertThat(Jobs.runDue(engine.getManagementService())).isEmpty();

        assertThat(removal(before)).isCloseTo(started.plus(TTL), within(1, ChronoUnit.MINUTES));
        assertThat(activities(before).get(0).getRemovalTime().toInstant()).isCloseTo(started.plus(TTL), within(1, ChronoUnit.MINUTES));
    }

    private ProcessDefinition deploy(String key, boolean waits) {
        var start = Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(180).startEvent();
        var model = waits ? start.userTask("wait").endEvent("done").done() : start.manualTask("pass").endEvent("done").done();
        var deployment = engine.getRepositoryService().createDeployment().name(key).addModelInstance(key + ".bpmn", model)
                .deployWithResult();
        deployments.add(deployment.getId());
        return deployment.getDeployedProcessDefinitions().get(0);
    }

    private String start(ProcessDefinition definition) {
        return engine.getRuntimeService().startProcessInstanceById(definition.getId()).getId();
    }

    private Instant removal(String instance) {
        return engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(instance).singleResult()
                .getRemovalTime().toInstant();
    }

    private java.util.List<HistoricActivityInstance> activities(String instance) {
        return engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(instance)
                .orderByHistoricActivityInstanceStartTime().asc().list();
    }
}
