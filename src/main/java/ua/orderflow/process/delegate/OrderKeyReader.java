package ua.orderflow.process.delegate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import ua.orderflow.process.BusinessKeys;

/**
 * {@code ${orderKey.shop(execution)}}: the order's shop for the BPMN's deadline expressions, from the
 * business key, since a rozetka-order instance has no {@code shopId} variable (BusinessKeys).
 */
@Component("orderKey")
public class OrderKeyReader {

    public String shop(DelegateExecution execution) {
        return BusinessKeys.shop(execution);
    }
}
