package ua.orderflow.process.history;

import java.util.Set;
import org.camunda.bpm.engine.impl.history.HistoryLevelFull;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;

/**
 * The level full (same id and name, so the database, Cockpit and the REST API see full), less the job
 * log's creation, success and deletion events, which {@link OrderHistoryFilter} never writes. Not
 * producing them at all spares what building each one reads: the job's definition and, with the
 * removal-time strategy start, a historic batch looked up by the job's configuration ("async-before")
 * that is never there, two selects per event, three events per async step. A failure's event stays.
 */
public class LeanFullHistoryLevel extends HistoryLevelFull {

    static final Set<HistoryEventType> UNPRODUCED = Set.of(HistoryEventTypes.JOB_CREATE, HistoryEventTypes.JOB_SUCCESS,
            HistoryEventTypes.JOB_DELETE);

    @Override
    public boolean isHistoryEventProduced(HistoryEventType eventType, Object entity) {
        return !UNPRODUCED.contains(eventType);
    }
}
