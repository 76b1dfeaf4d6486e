package ua.orderflow.process.delegate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import ua.orderflow.process.BusinessKeys;

/** The two ids every order instance carries, and tolerant number reading for BPMN inputs. */
final class Ids {

    private Ids() {
    }

    static String shop(DelegateExecution execution) {
        return BusinessKeys.shop(execution);
    }

    static long order(DelegateExecution execution) {
        return BusinessKeys.order(execution);
    }

    /** BPMN input parameters arrive as String, Integer or Long depending on who wrote them. */
    static int integer(Object value) {
        return (int) number(value);
    }

    private static long number(Object value) {
        if (value instanceof Number n) {
            return n.longValue();
        }
        return Long.parseLong(String.valueOf(value).trim());
    }

    /**
     * The order's TTN as the form gave it, spaces and dashes dropped (people type it as printed);
     * the cleaned number is written back, so every later step and the history read the same.
     */
    static String ttn(DelegateExecution execution) {
        String typed = text(execution, "ttn");
        String digits = ua.orderflow.novaposhta.Ttns.digits(typed);
        if (digits != null && !digits.equals(typed)) {
            execution.setVariable("ttn", digits);
        }
        return digits;
    }

    static String text(DelegateExecution execution, String name) {
        Object value = execution.getVariable(name);
        return value == null ? null : String.valueOf(value);
    }
}
