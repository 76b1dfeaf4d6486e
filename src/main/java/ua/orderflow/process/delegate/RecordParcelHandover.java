package ua.orderflow.process.delegate;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import ua.orderflow.novaposhta.shipping.ParcelHandover;

/**
 * When «Передати посилку перевізнику» is completed the parcel is in Nova Poshta's hands: the waybill
 * is marked handed over (it goes into the day's register) in the task's own transaction, so a
 * completed task and an unmarked parcel never exist together.
 */
@Component("recordParcelHandover")
public class RecordParcelHandover implements TaskListener {

    private final ParcelHandover handover;

    public RecordParcelHandover(ParcelHandover handover) {
        this.handover = handover;
    }

    @Override
    public void notify(DelegateTask task) {
        handover.handedOver(Ids.shop(task.getExecution()), Ids.order(task.getExecution()), task.getAssignee());
    }
}
