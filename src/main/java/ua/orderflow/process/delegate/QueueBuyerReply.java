package ua.orderflow.process.delegate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import ua.orderflow.messages.BuyerNotices;

/**
 * Queues the manager's {@code reply} for the buyer, keyed by the instance (one reply per task), in the
 * transaction that completes the task; an empty or too long reply is refused and the task stays open
 * with the reason in Tasklist.
 */
@Component("queueBuyerReply")
public class QueueBuyerReply implements JavaDelegate {

    private final BuyerNotices notices;

    public QueueBuyerReply(BuyerNotices notices) {
        this.notices = notices;
    }

    @Override
    public void execute(DelegateExecution execution) {
        notices.reply(Ids.shop(execution), Ids.order(execution), execution.getProcessInstanceId(),
                Ids.text(execution, "reply"));
    }
}
