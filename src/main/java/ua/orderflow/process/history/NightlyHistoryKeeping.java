package ua.orderflow.process.history;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs {@link OpenInstanceHistory} every night before the cleanup window, where jobs run: its batches
 * need the job executor (the integration tests, which have it off, call it by hand). Several nodes
 * may fire at once: each sets the same instances to the same removal time, give or take a second.
 */
@Component
@EnableScheduling
@ConditionalOnProperty(name = "camunda.bpm.job-execution.enabled", havingValue = "true", matchIfMissing = true)
class NightlyHistoryKeeping {

    private static final Logger log = LoggerFactory.getLogger(NightlyHistoryKeeping.class);

    private final OpenInstanceHistory openInstances;

    NightlyHistoryKeeping(OpenInstanceHistory openInstances) {
        this.openInstances = openInstances;
    }

    @Scheduled(cron = "${orderflow.history.keep-cron}", zone = "Europe/Kyiv")
    void keep() {
        try {
            openInstances.keep();
        } catch (RuntimeException e) {
            log.warn("Keeping open instances' history failed; the next night tries again", e);
        }
    }
}
