package ua.orderflow.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import ua.orderflow.support.PostgresIntegrationTest;
import ua.orderflow.sync.NodeId;

/**
 * Found by the fault suite: after a kill -9 and a restart, the jobs the node had locked stayed
 * locked for the engine's whole lock time (5 minutes), so new orders waited that long for status 26.
 * A node locks in its stable name and frees its own locks when it starts.
 */
@PostgresIntegrationTest
class OwnJobLocksIT {

    @Autowired
    ProcessEngine engine;
    @Autowired
    OwnJobLocks locks;
    @Autowired
    NodeId node;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aRestartedNodeFreesTheJobsItHeldWhenItDiedAndNobodyElses() {
        var deployment = engine.getRepositoryService().createDeployment()
                .addClasspathResource("bench/bench-bare.bpmn").deploy();
        try {
            String mine = startAJob("mine");
            String theirs = startAJob("theirs");
            lock(mine, node.get());
            lock(theirs, "another-node:8080");

            assertThat(locks.takeBackOwnLocks()).isEqualTo(1);

            assertThat(lockOwner(mine)).isNull();
            assertThat(lockOwner(theirs)).isEqualTo("another-node:8080");
            assertThat(engine.getManagementService().createJobQuery().jobId(mine).singleResult().getRetries()).isEqualTo(3);
            var configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
            assertThat(configuration.getJobExecutor().getLockOwner()).isEqualTo(node.get());
        } finally {
            engine.getRepositoryService().deleteDeployment(deployment.getId(), true, true);
        }
    }

    private String startAJob(String key) {
        String instance = engine.getRuntimeService().startProcessInstanceByKey("bench-bare", "locks:" + key).getId();
        return engine.getManagementService().createJobQuery().processInstanceId(instance).singleResult().getId();
    }

    /** As a node leaves a job it was running when it was killed: locked for minutes more. */
    private void lock(String jobId, String owner) {
        jdbc.sql("update act_ru_job set lock_owner_ = :owner, lock_exp_time_ = :until where id_ = :id")
                .param("owner", owner).param("until", LocalDateTime.now().plusMinutes(5)).param("id", jobId).update();
    }

    private String lockOwner(String jobId) {
        return jdbc.sql("select lock_owner_ from act_ru_job where id_ = :id").param("id", jobId)
                .query(String.class).list().get(0);
    }
}
