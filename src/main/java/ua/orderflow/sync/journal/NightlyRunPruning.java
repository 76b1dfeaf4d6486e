package ua.orderflow.sync.journal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Prunes the journal every night where the sync loop runs (and so never in the integration tests,
 * which call {@link RunRetention} by hand). Several nodes may fire at once: the deletes are idempotent.
 */
@Component
@EnableScheduling
@ConditionalOnProperty(name = "orderflow.sync.enabled", havingValue = "true", matchIfMissing = true)
class NightlyRunPruning {

    private static final Logger log = LoggerFactory.getLogger(NightlyRunPruning.class);

    private final RunRetention retention;

    NightlyRunPruning(RunRetention retention) {
        this.retention = retention;
    }

    @Scheduled(cron = "${orderflow.sync.prune-cron}", zone = "Europe/Kyiv")
    void prune() {
        try {
            retention.prune();
        } catch (RuntimeException e) {
            log.warn("Pruning the sync journal failed; the next night tries again", e);
        }
    }
}
