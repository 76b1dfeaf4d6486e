package ua.orderflow.process.delegate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import ua.orderflow.messages.BuyerMessageSender;

/** Marks the order's ROZETKA chat read when the manager answered that no reply is needed. */
@Component("markBuyerChatRead")
public class MarkBuyerChatRead implements JavaDelegate {

    private final BuyerMessageSender sender;

    public MarkBuyerChatRead(BuyerMessageSender sender) {
        this.sender = sender;
    }

    @Override
    public void execute(DelegateExecution execution) {
        sender.markRead(Ids.shop(execution), Ids.order(execution));
    }
}
