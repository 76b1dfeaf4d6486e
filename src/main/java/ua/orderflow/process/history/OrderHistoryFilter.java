package ua.orderflow.process.history;

import java.util.Set;
import org.camunda.bpm.engine.impl.history.event.HistoricActivityInstanceEventEntity;
import org.camunda.bpm.engine.impl.persistence.entity.HistoricJobLogEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.camunda.bpm.engine.history.JobState;

/**
 * The engine's history writer at level full, less what no supervisor reads and every order paid for
 * in rows and bytes. Kept in full: process and task instances, who claimed and completed what (task
 * history, identity links, the user operation log), incidents and failed jobs, every activity but a
 * gateway, and every variable's value trail (statuses, outcomes, TTNs, documents) except:
 * <ul>
 * <li>the copies of ROZETKA's data that the forms and Tasklist's list read ({@link #UNRECORDED}): no
 * history at all; the snapshot and the sync journal keep the order and its changes;</li>
 * <li>ids and settings that never change after they are set ({@link #LAST_VALUE_ONLY}): their
 * historic variable, searchable, without a detail row repeating it.</li>
 * </ul>
 * Also left out: the job log's creation, success and deletion rows (two or three per async step or
 * timer; a failure's row stays, with its stack trace), and the activity instances of gateways and
 * none start events.
 */
public class OrderHistoryFilter extends DbHistoryEventHandler {

    /**
     * No history: the card and what is derived from ROZETKA's data or the BPMN itself (the ids are in
     * the business key, the import's stage in the sync journal, a push's target in the activity).
     */
    static final Set<String> UNRECORDED = Set.of("card", "summary", "orderedAt", "rozetkaStatusName",
            "refusedStatusName", "attentionStatusName", "declaredValueText", "codText", "shopId", "orderId",
            "stage", "targetStatus");

    /** Set once for a form or a task's due date: the last value is all there is to see. */
    static final Set<String> LAST_VALUE_ONLY = Set.of("npAvailable", "shipBy", "payBy", "conflictBy", "ttnBy",
            "escalationBy", "deliverBy", "reviewBy");

    /**
     * Gateways (the path shows in the activity after them) and start events (the instance's own row
     * names its start activity).
     */
    static final Set<String> UNRECORDED_ACTIVITIES = Set.of("exclusiveGateway", "inclusiveGateway",
            "parallelGateway", "eventBasedGateway", "startEvent");

    @Override
    public void handleEvent(HistoryEvent event) {
        if (written(event)) {
            super.handleEvent(event);
        }
    }

    static boolean written(HistoryEvent event) {
        if (event instanceof HistoricVariableUpdateEventEntity variable) {
            return !UNRECORDED.contains(variable.getVariableName());
        }
        if (event instanceof HistoricJobLogEventEntity job) {
            return job.getState() == JobState.FAILED.getStateCode();
        }
        if (event instanceof HistoricActivityInstanceEventEntity activity) {
            return !UNRECORDED_ACTIVITIES.contains(activity.getActivityType());
        }
        return true;
    }

    @Override
    protected boolean shouldWriteHistoricDetail(HistoricVariableUpdateEventEntity event) {
        return super.shouldWriteHistoricDetail(event) && !LAST_VALUE_ONLY.contains(event.getVariableName());
    }
}
