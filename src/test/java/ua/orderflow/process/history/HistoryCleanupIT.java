package ua.orderflow.process.history;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import ua.orderflow.support.Http;
import ua.orderflow.support.PostgresIntegrationTest;

/**
 * The engine's history cleanup on PostgreSQL: scheduled in Kyiv's night window, removing what is past
 * the configured TTL (not the BPMN's) and nothing younger. Other tests share the database and the
 * cleanup job, so only this test's own instances are looked at.
 */
@PostgresIntegrationTest
class HistoryCleanupIT {

    /** application.yml's default ORDERFLOW_HISTORY_TTL, P180D. */
    private static final int CONFIGURED_DAYS = 180;
    private static final String PROBE = "history-cleanup-probe";
    private static final DateTimeFormatter REST_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");

    @Autowired
    ProcessEngine engine;
    @Autowired
    HistoryTimeToLivePlugin timeToLive;
    @LocalServerPort
    int port;

    @Test
    void theCleanupIsScheduledInKyivsNightWindow() throws Exception {
        HttpResponse<String> response = Http.anonymous(port)
                .as(PostgresIntegrationTest.ADMIN, PostgresIntegrationTest.ADMIN_PASSWORD)
                .get("/engine-rest/history/cleanup/configuration");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode configuration = new ObjectMapper().readTree(response.body());
        assertThat(configuration.get("enabled").asBoolean()).isTrue();
        assertThat(kyivTime(configuration.get("batchWindowStartTime").asText())).isEqualTo(LocalTime.of(1, 0));
        assertThat(kyivTime(configuration.get("batchWindowEndTime").asText())).isEqualTo(LocalTime.of(5, 0));
        assertThat(engine.getHistoryService().findHistoryCleanupJobs()).isNotEmpty();
    }

    @Test
    void historyPastTheConfiguredTtlIsRemovedAndYoungerHistoryKept() {
        ProcessDefinition probe = deployProbeWithBpmnTtl(1000);
        assertThat(probe.getHistoryTimeToLive()).isEqualTo(CONFIGURED_DAYS);
        // ended 200 days ago: past the configured 180, well within the BPMN's 1000
        String old;
        ClockUtil.setCurrentTime(Date.from(Instant.now().minus(Duration.ofDays(200))));
        try {
            old = engine.getRuntimeService().startProcessInstanceById(probe.getId()).getId();
        } finally {
            ClockUtil.reset();
        }
        String recent = engine.getRuntimeService().startProcessInstanceById(probe.getId()).getId();
        HistoryService history = engine.getHistoryService();
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(old).count()).isEqualTo(2);

        Job cleanup = history.cleanUpHistoryAsync(true);
        engine.getManagementService().executeJob(cleanup.getId());

        assertThat(history.createHistoricProcessInstanceQuery().processInstanceIds(Set.of(old, recent)).list())
                .extracting(HistoricProcessInstance::getId).containsExactly(recent);
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(old).count()).isZero();
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(recent).count()).isEqualTo(2);
    }

    @Test
    void aDefinitionWithAnotherTtlIsBroughtToTheConfiguredOneWhenTheEngineStarts() {
        RepositoryService repository = engine.getRepositoryService();
        ProcessDefinition probe = deployProbeWithBpmnTtl(30);
        repository.updateProcessDefinitionHistoryTimeToLive(probe.getId(), 5);

        timeToLive.postProcessEngineBuild(engine);

        assertThat(repository.getProcessDefinition(probe.getId()).getHistoryTimeToLive()).isEqualTo(CONFIGURED_DAYS);
    }

    private ProcessDefinition deployProbeWithBpmnTtl(int days) {
        return engine.getRepositoryService().createDeployment().name(PROBE)
                .addModelInstance(PROBE + ".bpmn", Bpmn.createExecutableProcess(PROBE)
                        // two activities in history: the task and the end (a start event is not recorded)
                        .camundaHistoryTimeToLive(days).startEvent().manualTask().endEvent().done())
                .deployWithResult().getDeployedProcessDefinitions().get(0);
    }

    private static LocalTime kyivTime(String restDate) {
        return OffsetDateTime.parse(restDate, REST_DATE).atZoneSameInstant(ZoneId.of("Europe/Kyiv")).toLocalTime();
    }
}
