package ua.orderflow.process.history;

import java.time.Duration;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * The other half of the removal-time strategy {@code start} (application.yml). The engine stamps an
 * instance's history with its removal time as it is written, TTL days from the instance's start, and
 * spares the dozen bulk updates of every history table that the strategy {@code end} issues when an
 * instance ends. An order normally ends within weeks of its import; one that is still open when its
 * removal nears (a parcel stuck for months, a review nobody took) must not lose its trail while it
 * runs, so it is given another TTL from now. Instances started before the strategy changed have no
 * removal time at all; they get the one the strategy gives, or they would never be cleaned up.
 */
@Service
public class OpenInstanceHistory {

    private static final Logger log = LoggerFactory.getLogger(OpenInstanceHistory.class);
    /** At most this many instances per kind and night: the rest come the next night. */
    static final int PAGE = 10_000;

    private final HistoryService history;
    private final ManagementService management;
    private final Duration ttl;
    private final Duration margin;

    public OpenInstanceHistory(HistoryService history, ManagementService management,
            @Value("${orderflow.history.ttl}") Duration ttl,
            @Value("${orderflow.history.open-margin}") Duration margin) {
        this.history = history;
        this.management = management;
        this.ttl = ttl;
        this.margin = margin;
    }

    public record Kept(int extended, int stamped) {
    }

    /** Both kinds, each as a batch the job executor runs; what the batches will change is counted. */
    public Kept keep() {
        // the engine's clock, which stamped the removal times
        Date now = ClockUtil.getCurrentTime();
        List<String> nearing = rootIds("END_TIME_ is null and REMOVAL_TIME_ < #{until}",
                Date.from(now.toInstant().plus(margin)));
        if (!nearing.isEmpty()) {
            history.setRemovalTimeToHistoricProcessInstances()
                    .absoluteRemovalTime(Date.from(now.toInstant().plus(ttl)))
                    .byIds(nearing.toArray(String[]::new)).hierarchical().executeAsync();
        }
        List<String> unstamped = rootIds("REMOVAL_TIME_ is null", null);
        if (!unstamped.isEmpty()) {
            history.setRemovalTimeToHistoricProcessInstances().calculatedRemovalTime()
                    .byIds(unstamped.toArray(String[]::new)).hierarchical().executeAsync();
        }
        if (!nearing.isEmpty() || !unstamped.isEmpty()) {
            log.info("History kept: {} open instances given another {} from now, {} without a removal time stamped",
                    nearing.size(), ttl, unstamped.size());
        }
        return new Kept(nearing.size(), unstamped.size());
    }

    /** Root instances only: hierarchical setting reaches the ones they called. */
    private List<String> rootIds(String condition, Date until) {
        var query = history.createNativeHistoricProcessInstanceQuery().sql("select * from "
                + management.getTableName(HistoricProcessInstance.class) + " where ID_ = ROOT_PROC_INST_ID_ and " + condition);
        if (until != null) {
            query.parameter("until", until);
        }
        return query.listPage(0, PAGE).stream().map(HistoricProcessInstance::getId).toList();
    }
}
