package ua.orderflow.process.delegate;

import java.math.BigDecimal;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import ua.orderflow.novaposhta.NovaPoshtaException;
import ua.orderflow.novaposhta.shipping.StoredWaybill;
import ua.orderflow.novaposhta.shipping.WaybillDraft;
import ua.orderflow.novaposhta.shipping.WaybillMaker;
import ua.orderflow.novaposhta.shipping.WaybillRefused;

/**
 * Makes the order's Nova Poshta waybill with the weight, seats and description of the ship form and
 * puts its number in {@code ttn}. Nova Poshta's refusal is the business outcome WAYBILL_REFUSED,
 * which takes the order back to the ship form with the reason in {@code waybillRefusal}; Nova Poshta
 * down fails the job, for the engine to retry and finally raise an incident in words.
 */
@Component("createNovaPoshtaWaybill")
public class CreateNovaPoshtaWaybill implements JavaDelegate {

    private final WaybillMaker maker;

    public CreateNovaPoshtaWaybill(WaybillMaker maker) {
        this.maker = maker;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String shop = Ids.shop(execution);
        long order = Ids.order(execution);
        WaybillDraft usual = maker.draft(shop, order);
        WaybillDraft draft = new WaybillDraft(decimal(execution.getVariable("npWeight"), usual.weight()),
                (int) decimal(execution.getVariable("npSeats"), BigDecimal.valueOf(usual.seats())).longValue(),
                text(execution.getVariable("npDescription"), usual.description()), usual.declaredValue(),
                usual.cashOnDelivery());
        StoredWaybill waybill;
        try {
            waybill = maker.make(shop, order, draft);
        } catch (WaybillRefused e) {
            execution.setVariable("waybillRefusal", e.reason());
            throw new BpmnError("WAYBILL_REFUSED", e.reason());
        } catch (NovaPoshtaException e) {
            throw new IllegalStateException("Нова Пошта недоступна: ТТН замовлення " + order
                    + " ще не створено, спробуємо ще раз (" + e.getMessage() + ")", e);
        }
        execution.setVariable("ttn", waybill.number());
        execution.setVariable("waybillNumber", waybill.number());
        execution.setVariable("waybillRefusal", null);
    }

    private static BigDecimal decimal(Object value, BigDecimal otherwise) {
        if (value instanceof Number n) {
            return new BigDecimal(n.toString());
        }
        if (value == null || value.toString().isBlank()) {
            return otherwise;
        }
        return new BigDecimal(value.toString().trim().replace(',', '.'));
    }

    private static String text(Object value, String otherwise) {
        return value == null || value.toString().isBlank() ? otherwise : value.toString().trim();
    }
}
