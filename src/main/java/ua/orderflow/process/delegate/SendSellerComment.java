package ua.orderflow.process.delegate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import ua.orderflow.rozetka.RozetkaException;
import ua.orderflow.rozetka.StatusPush;

/** Sends {@code managerComment} to ROZETKA as the seller's comment, without changing the status. */
@Component("sendSellerComment")
public class SendSellerComment implements JavaDelegate {

    private final StatusPush push;

    public SendSellerComment(StatusPush push) {
        this.push = push;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long order = Ids.order(execution);
        try {
            push.comment(Ids.shop(execution), order, Ids.text(execution, "managerComment"));
            execution.setVariable("managerComment", null);
        } catch (RozetkaException e) {
            throw new IllegalStateException("Не вдалося передати коментар продавця до замовлення " + order
                    + " в ROZETKA: " + e.getMessage(), e);
        }
    }
}
