package ua.orderflow.process.delegate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import ua.orderflow.rozetka.RozetkaException;
import ua.orderflow.sync.OrderAcknowledgement;

/**
 * Pushes {@code targetStatus} for a new order and puts the manager's card on the instance from
 * ROZETKA's answer: {@code pushRozetkaStatus} and {@code loadOrderSummary} in one step and one call.
 */
@Component("acknowledgeOrder")
public class AcknowledgeOrder implements JavaDelegate {

    private final OrderAcknowledgement acknowledgement;
    private final PushRozetkaStatus push;

    public AcknowledgeOrder(OrderAcknowledgement acknowledgement, PushRozetkaStatus push) {
        this.acknowledgement = acknowledgement;
        this.push = push;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long order = Ids.order(execution);
        int target = Ids.integer(execution.getVariable("targetStatus"));
        OrderAcknowledgement.Result result;
        try {
            result = acknowledgement.acknowledge(Ids.shop(execution), order, target);
        } catch (RozetkaException e) {
            throw push.failed(Ids.shop(execution), target, order, e);
        }
        push.apply(execution, target, result.outcome());
        LoadOrderCard.write(execution, result.card());
    }
}
