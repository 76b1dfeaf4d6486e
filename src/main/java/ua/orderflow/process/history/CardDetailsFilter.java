package ua.orderflow.process.history;

import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import ua.orderflow.process.delegate.LoadOrderCard;

/**
 * The engine's history writer at level full, less the per-write detail rows of the order card's
 * display fields. Those are copies of ROZETKA's data (the snapshot and the sync journal keep its
 * changes); their historic variable rows stay, with the last value. Every other variable, the
 * managers' outcomes and ROZETKA's status among them, keeps its full detail trail.
 */
public class CardDetailsFilter extends DbHistoryEventHandler {

    @Override
    protected boolean shouldWriteHistoricDetail(HistoricVariableUpdateEventEntity event) {
        return super.shouldWriteHistoricDetail(event) && !LoadOrderCard.DISPLAY_FIELDS.contains(event.getVariableName());
    }
}
