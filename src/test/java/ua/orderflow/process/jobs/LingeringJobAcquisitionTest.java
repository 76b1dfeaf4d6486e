package ua.orderflow.process.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.jobexecutor.AcquiredJobs;
import org.camunda.bpm.engine.impl.jobexecutor.DefaultAcquireJobsCommandFactory;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * The lingering acquisition on a running engine with its own job executor on (H2 here, PostgreSQL in
 * {@link LingeringJobAcquisitionIT}): the jobs of one moment go in few acquisitions, and a job hinted
 * while the acquisition lingers waits for the linger, not for the idle wait after it.
 */
class LingeringJobAcquisitionTest {

    private static final int BATCH = 12;

    private final List<Integer> acquiredPerAcquisition = new CopyOnWriteArrayList<>();
    private ThreadPoolTaskExecutor threads;
    private ProcessEngine engine;

    @AfterEach
    void stop() {
        if (engine != null) {
            engine.close();
        }
        if (threads != null) {
            threads.shutdown();
        }
    }

    @Test
    void jobsCreatedTogetherAreAcquiredInFullBatches() {
        start("batches", Duration.ofSeconds(2), Duration.ofSeconds(1));
        int orders = 20;
        for (int i = 0; i < orders; i++) {
            engine.getRuntimeService().startProcessInstanceByKey("one-async-step");
        }

        await().atMost(Duration.ofSeconds(30)).until(this::allJobsDone);
        List<Integer> withJobs = acquiredPerAcquisition.stream().filter(n -> n > 0).toList();
        assertThat(withJobs.stream().mapToInt(Integer::intValue).sum()).isEqualTo(orders);
        // 20 jobs in batches of at most 12: two acquisitions, a third if the first raced the starts
        assertThat(withJobs).hasSizeLessThanOrEqualTo(3).contains(BATCH);
    }

    @Test
    void aJobHintedWhileTheAcquisitionLingersIsTakenRightAfterTheLinger() {
        // the idle wait after an empty acquisition is a minute: only the hint can end it early
        start("hinted", Duration.ofSeconds(2), Duration.ofMinutes(1));
        await().atMost(Duration.ofSeconds(10)).until(() -> !acquiredPerAcquisition.isEmpty());

        engine.getRuntimeService().startProcessInstanceByKey("one-async-step");

        await().atMost(Duration.ofSeconds(15)).until(this::allJobsDone);
    }

    private boolean allJobsDone() {
        return engine.getManagementService().createJobQuery().count() == 0
                && engine.getHistoryService().createHistoricProcessInstanceQuery().finished().count()
                        == engine.getHistoryService().createHistoricProcessInstanceQuery().count();
    }

    private void start(String name, Duration linger, Duration idleWait) {
        threads = new ThreadPoolTaskExecutor();
        threads.setCorePoolSize(4);
        threads.setMaxPoolSize(4);
        threads.setQueueCapacity(BATCH);
        threads.initialize();
        LingeringJobExecutor executor = new LingeringJobExecutor(linger.toMillis());
        executor.setTaskExecutor(threads);
        executor.setMaxJobsPerAcquisition(BATCH);
        executor.setWaitTimeInMillis((int) idleWait.toMillis());
        executor.setMaxWait(idleWait.toMillis());
        DefaultAcquireJobsCommandFactory acquisitions = new DefaultAcquireJobsCommandFactory(executor);
        executor.setAcquireJobsCmdFactory(jobs -> context -> {
            AcquiredJobs acquired = acquisitions.getCommand(jobs).execute(context);
            acquiredPerAcquisition.add(acquired.size());
            return acquired;
        });
        var configuration = new StandaloneInMemProcessEngineConfiguration();
        useDatabase(configuration, "lingering_" + name);
        configuration.setDatabaseSchemaUpdate("create-drop");
        configuration.setProcessEngineName("lingering_" + name);
        configuration.setJobExecutor(executor);
        configuration.setJobExecutorActivate(true);
        engine = configuration.buildProcessEngine();
        engine.getRepositoryService().createDeployment()
                .addModelInstance("one-async-step.bpmn", Bpmn.createExecutableProcess("one-async-step")
                        .camundaHistoryTimeToLive(1)
                        .startEvent().serviceTask().camundaAsyncBefore().camundaExpression("${true}").endEvent().done())
                .deploy();
    }

    /** An empty database of its own for one engine. */
    void useDatabase(ProcessEngineConfigurationImpl configuration, String name) {
        configuration.setJdbcUrl("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=1000");
    }
}
