package ua.orderflow.process.messages;

import java.util.Map;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;
import ua.orderflow.process.CamundaOrderLifecycle;

/**
 * Tells the buyer what happens without a task of its own in rozetka-order.bpmn: on parsing that
 * process, listeners are put on the activities that already do each thing, found by id. A push's
 * listener runs when the push succeeded, in its transaction, so a failed and retried push queues one
 * message; the outbox's key makes a second run of the same step queue none.
 */
@Component
public class BuyerMessageHooks extends AbstractProcessEnginePlugin {

    private final BuyerMessageListeners listeners;

    public BuyerMessageHooks(BuyerMessageListeners listeners) {
        this.listeners = listeners;
    }

    /** Activity id to what its end tells the buyer. */
    private Map<String, ExecutionListener> onEnd() {
        return Map.of(
                "push-not-reached-first", listeners.notReached(),
                "push-not-reached-second", listeners.notReached(),
                "push-shipped", listeners.shipped(),
                "push-corrected-ttn", listeners.shipped(),
                "payment-reminder-timer", listeners.paymentReminder());
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
            @Override
            public void parseServiceTask(Element element, ScopeImpl scope, ActivityImpl activity) {
                onEnd(activity);
            }

            @Override
            public void parseIntermediateCatchEvent(Element element, ScopeImpl scope, ActivityImpl activity) {
                onEnd(activity);
            }

            @Override
            public void parseEndEvent(Element element, ScopeImpl scope, ActivityImpl activity) {
                if (ofOrders(activity) && "escalation-cancelled".equals(activity.getId())) {
                    activity.addListener(ExecutionListener.EVENTNAME_START, listeners.cancelled());
                }
            }

            @Override
            public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
                if (ofOrders(activity) && ("confirm-order".equals(activity.getId())
                        || "ship-order".equals(activity.getId()))) {
                    ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
                            .addTaskListener(TaskListener.EVENTNAME_COMPLETE, listeners.managerMessage());
                }
            }
        });
    }

    private void onEnd(ActivityImpl activity) {
        ExecutionListener listener = onEnd().get(activity.getId());
        if (listener != null && ofOrders(activity)) {
            activity.addListener(ExecutionListener.EVENTNAME_END, listener);
        }
    }

    private static boolean ofOrders(ActivityImpl activity) {
        return activity.getProcessDefinition() instanceof ProcessDefinitionEntity definition
                && CamundaOrderLifecycle.PROCESS_KEY.equals(definition.getKey());
    }
}
