package ua.orderflow.process.delegate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import ua.orderflow.rozetka.RozetkaException;
import ua.orderflow.sync.OrderAcknowledgement;

/**
 * The two steps that push {@code targetStatus} and put the manager's card on the instance from
 * ROZETKA's answer, one call each: {@code acknowledgeOrder} takes a new order into work (26);
 * {@code confirmRozetkaOrder} pushes 2 with the manager's comment and is the re-read for the invoice
 * issued in the same step. Cancelled in ROZETKA meanwhile: nothing is pushed and
 * {@code cancelledUpstream} ends the order before the invoice. A refusal is STATUS_REFUSED, as any push's.
 */
@Configuration
public class PushesWithCard {

    private final OrderAcknowledgement pushes;
    private final PushRozetkaStatus push;

    public PushesWithCard(OrderAcknowledgement pushes, PushRozetkaStatus push) {
        this.pushes = pushes;
        this.push = push;
    }

    @Bean
    JavaDelegate acknowledgeOrder() {
        return execution -> run(execution, (shop, order, target) -> pushes.acknowledge(shop, order, target));
    }

    @Bean
    JavaDelegate confirmRozetkaOrder() {
        return execution -> run(execution, (shop, order, target) -> pushes.confirm(shop, order, target,
                Ids.ttn(execution), Ids.text(execution, "managerComment")));
    }

    private void run(DelegateExecution execution, Push call) {
        String shop = Ids.shop(execution);
        long order = Ids.order(execution);
        int target = Ids.integer(execution.getVariable("targetStatus"));
        OrderAcknowledgement.Result result;
        try {
            result = call.push(shop, order, target);
        } catch (RozetkaException e) {
            throw push.failed(shop, target, order, e);
        }
        push.apply(execution, target, result.outcome());
        LoadOrderCard.write(execution, result.card());
    }

    private interface Push {
        OrderAcknowledgement.Result push(String shop, long order, int target);
    }
}
