package ua.orderflow.process;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import ua.orderflow.sync.NodeId;

/**
 * The job executor locks jobs in this node's stable name, and a node started again after a kill -9
 * frees at once the jobs it had locked when it died: none of them can be running, the JVM that ran
 * them is gone. The engine's lock owner is a new UUID on every start, so those jobs stayed locked for
 * the whole lock time (5 minutes): the fault suite saw new orders wait that long for status 26 after
 * a restart. Runs once the port is known (part of the name) and before the executor starts
 * acquiring, which it does when the application is ready.
 */
@Component
class OwnJobLocks {

    private static final Logger log = LoggerFactory.getLogger(OwnJobLocks.class);

    private final ProcessEngine engine;
    private final NodeId node;
    private final JdbcTemplate jdbc;

    OwnJobLocks(ProcessEngine engine, NodeId node, JdbcTemplate jdbc) {
        this.engine = engine;
        this.node = node;
        this.jdbc = jdbc;
    }

    @EventListener(ApplicationStartedEvent.class)
    void takeBack() {
        int freed = takeBackOwnLocks();
        if (freed > 0) {
            log.warn("Node {} was stopped while it held {} job(s); they are free again", node.get(), freed);
        }
    }

    /** Locks in this node's name from now on; frees what the same name had locked. How many it freed. */
    int takeBackOwnLocks() {
        var configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        String owner = node.get();
        if (configuration.getJobExecutor() != null) {
            configuration.getJobExecutor().setLockOwner(owner);
        }
        // the engine has no API to unlock a job; its own acquisition writes these columns the same way
        return jdbc.update("update " + configuration.getDatabaseTablePrefix() + "ACT_RU_JOB set LOCK_OWNER_ = null,"
                + " LOCK_EXP_TIME_ = null, REV_ = REV_ + 1 where LOCK_OWNER_ = ?", owner);
    }
}
