package ua.orderflow.process.delegate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import ua.orderflow.process.BusinessKeys;
import ua.orderflow.sync.OrderCard;

/**
 * The manager's order card as the forms read it: one JSON variable ({@code card}, read in the forms
 * as {@code {{card.customerName}}}) and one line for Tasklist's list ({@code summary}), instead of a
 * dozen variables. Both are copies of ROZETKA's data that the snapshot keeps, so they have no history
 * (OrderHistoryFilter): a row or two per instance where the separate fields took 35.
 */
public final class CardVariable {

    public static final String CARD = "card";
    public static final String SUMMARY = "summary";
    static final String ORDERED_AT = "orderedAt";

    private CardVariable() {
    }

    /** Writes the card and the list's line, each only when it changed. */
    static void write(DelegateExecution execution, OrderCard card) {
        Map<String, Object> fields = ids(execution);
        // for the timers (OrderCardReader); an instant as ISO text, which JSON keeps as it is
        fields.put(ORDERED_AT, card.orderedAt() == null ? null : card.orderedAt().toInstant().toString());
        fields.put("customerName", card.customerName());
        fields.put("customerPhone", card.customerPhone());
        fields.put("itemsText", card.itemsText());
        fields.put("deliveryText", card.deliveryText());
        fields.put("paymentText", card.paymentText());
        fields.put("amountText", card.amountText());
        fields.put("deliveryCity", card.deliveryCity());
        fields.put("buyerComment", card.buyerComment());
        fields.put("callbackOff", card.callbackOff());
        // the forms' cancellation dropdowns (valuesExpression "=card.cancelOptions")
        fields.put("cancelOptions", card.cancelOptions());
        ChangedVariables.setJson(execution, CARD, fields);
        ChangedVariables.set(execution, SUMMARY, Stream.of(card.customerName(), card.amountText(), card.deliveryCity())
                .filter(part -> part != null && !part.isBlank()).collect(Collectors.joining(" · ")));
    }

    /**
     * A card with the ids alone, for a task that opens before the order was read (ROZETKA refused the
     * first status push): the forms' order number and desk link come from the card.
     */
    static void ensureIds(DelegateExecution execution) {
        Map<String, Object> card = read(execution::getVariable);
        Map<String, Object> ids = ids(execution);
        if (!card.entrySet().containsAll(ids.entrySet())) {
            ChangedVariables.setJson(execution, CARD, with(card, ids));
        }
    }

    /**
     * The order's ids as the forms read them ({@code {{card.shopId}}}): no variables of their own. The
     * number as text: JSON gives a small number back as an Integer, which would never equal the Long
     * and so rewrite an unchanged card.
     */
    private static Map<String, Object> ids(DelegateExecution execution) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put(BusinessKeys.SHOP_ID, BusinessKeys.shop(execution));
        fields.put(BusinessKeys.ORDER_ID, String.valueOf(BusinessKeys.order(execution)));
        return fields;
    }

    /** The cancellations ROZETKA allows now, into the card the forms read. */
    static void cancelOptions(DelegateExecution execution, List<Map<String, Object>> options) {
        ChangedVariables.setJson(execution, CARD, with(read(execution::getVariable), Map.of("cancelOptions", options)));
    }

    /**
     * The variables a message brings, with those that are card fields (the payment's text when its
     * status changes) moved into the card, read with {@code variables}.
     */
    public static Map<String, Object> folded(Map<String, Object> incoming, Function<String, Object> variables) {
        Map<String, Object> fields = new LinkedHashMap<>();
        Map<String, Object> rest = new LinkedHashMap<>();
        incoming.forEach((name, value) -> (CARD_FIELDS.contains(name) ? fields : rest).put(name, value));
        if (!fields.isEmpty()) {
            rest.put(CARD, json(with(read(variables), fields)));
        }
        return rest;
    }

    private static final Set<String> CARD_FIELDS = Set.of("customerName", "customerPhone", "itemsText",
            "deliveryText", "paymentText", "amountText", "deliveryCity", "buyerComment", "callbackOff", "cancelOptions");

    static ObjectValue json(Map<String, Object> fields) {
        return Variables.objectValue(fields).serializationDataFormat(Variables.SerializationDataFormats.JSON).create();
    }

    private static Map<String, Object> with(Map<String, Object> card, Map<String, Object> changes) {
        Map<String, Object> fields = new LinkedHashMap<>(card);
        fields.putAll(changes);
        return fields;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> read(Function<String, Object> variables) {
        try {
            Object stored = variables.apply(CARD);
            return stored instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
        } catch (RuntimeException unreadable) {
            return Map.of(); // written by hand or by an older version: the new fields alone
        }
    }
}
