package ua.orderflow.process.delegate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import ua.orderflow.desk.Formats;
import ua.orderflow.novaposhta.shipping.WaybillDraft;
import ua.orderflow.novaposhta.shipping.WaybillMaker;

/**
 * As the order reaches the ship form: what a waybill would carry (declared value, the amount to
 * collect, weight, seats, description) and the choice it starts with, «Створити ТТН Нової Пошти» for
 * a shop with a Nova Poshta key, a typed TTN otherwise. A manager's earlier choice is kept.
 */
@Component("prepareShipForm")
public class PrepareShipForm implements ExecutionListener {

    private final WaybillMaker maker;
    private final Formats formats;

    public PrepareShipForm(WaybillMaker maker, Formats formats) {
        this.maker = maker;
        this.formats = formats;
    }

    @Override
    public void notify(DelegateExecution execution) {
        String shop = Ids.shop(execution);
        long order = Ids.order(execution);
        WaybillDraft draft = maker.draft(shop, order);
        boolean available = maker.available(shop);
        execution.setVariable("npAvailable", available);
        if (execution.getVariable("ttnSource") == null) {
            execution.setVariable("ttnSource", available ? "create" : "typed");
        }
        execution.setVariable("declaredValueText", formats.money(draft.declaredValue()));
        execution.setVariable("codText", draft.cashOnDelivery() == null ? "без накладеного платежу"
                : formats.money(draft.cashOnDelivery()));
        ChangedVariables.set(execution, "npWeight", draft.weight().doubleValue());
        ChangedVariables.set(execution, "npSeats", draft.seats());
        ChangedVariables.set(execution, "npDescription", draft.description());
    }
}
