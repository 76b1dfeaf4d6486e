package ua.orderflow.process.delegate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import ua.orderflow.messages.BuyerMessageSender;

/**
 * Sends the outbox message {@code outboxId} to the buyer's ROZETKA chat; writes {@code sendOutcome}.
 * ROZETKA unreachable fails the step, which retries and then opens an incident in words.
 */
@Component("sendBuyerMessage")
public class SendBuyerMessage implements JavaDelegate {

    private final BuyerMessageSender sender;

    public SendBuyerMessage(BuyerMessageSender sender) {
        this.sender = sender;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long outboxId = ((Number) execution.getVariable("outboxId")).longValue();
        execution.setVariable("sendOutcome", sender.send(outboxId).name());
    }
}
