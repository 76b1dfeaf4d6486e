package ua.orderflow.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * An order's ids from its instance. A rozetka-order instance carries them only in its business key,
 * {@code <shopId>:<orderId>} (two variables repeating it cost two rows per open order); instances
 * started before that, and the buyer message processes, still have {@code shopId} and
 * {@code orderId} variables, which win where present. A send-buyer-message key has a suffix
 * ({@code sandbox:812345678:message-7}); shop ids have no colon, so the first one splits the key.
 */
public final class BusinessKeys {

    public static final String SHOP_ID = "shopId";
    public static final String ORDER_ID = "orderId";

    private BusinessKeys() {
    }

    public static String shop(DelegateExecution execution) {
        Object variable = execution.getVariable(SHOP_ID);
        return variable != null ? String.valueOf(variable) : shop(execution.getProcessBusinessKey());
    }

    public static long order(DelegateExecution execution) {
        Object variable = execution.getVariable(ORDER_ID);
        if (variable instanceof Number n) {
            return n.longValue();
        }
        return variable != null ? Long.parseLong(String.valueOf(variable).trim()) : order(execution.getProcessBusinessKey());
    }

    /** For what only shows the ids (a task's title): null, not a failure, for an instance with neither. */
    public static Long orderIfAny(DelegateExecution execution) {
        return execution.getVariable(ORDER_ID) != null || parses(execution.getProcessBusinessKey()) ? order(execution) : null;
    }

    public static String shopIfAny(DelegateExecution execution) {
        return execution.getVariable(SHOP_ID) != null || parses(execution.getProcessBusinessKey()) ? shop(execution) : null;
    }

    private static boolean parses(String key) {
        return key != null && key.matches("[^:]+:\\d+(:.*)?");
    }

    static String shop(String key) {
        return key.substring(0, colon(key));
    }

    static long order(String key) {
        int start = colon(key) + 1;
        int end = key.indexOf(':', start);
        return Long.parseLong(key.substring(start, end < 0 ? key.length() : end));
    }

    private static int colon(String key) {
        int at = key == null ? -1 : key.indexOf(':');
        if (at <= 0) {
            throw new IllegalStateException("Бізнес-ключ «" + key + "» не має вигляду «магазин:замовлення»");
        }
        return at;
    }
}
