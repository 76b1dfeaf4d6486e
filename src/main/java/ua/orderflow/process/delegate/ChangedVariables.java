package ua.orderflow.process.delegate;

import java.util.Objects;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.variable.Variables;

/**
 * Sets a variable only when its value changes. The engine writes an unchanged value again, and at
 * history level full adds a history detail row for it each time.
 */
public final class ChangedVariables {

    private ChangedVariables() {
    }

    public static void set(DelegateExecution execution, String name, Object value) {
        if (!execution.hasVariable(name) || !Objects.equals(execution.getVariable(name), value)) {
            execution.setVariable(name, value);
        }
    }

    /** The same for a value kept as JSON (lists and maps a form reads). */
    public static void setJson(DelegateExecution execution, String name, Object value) {
        if (execution.hasVariable(name) && Objects.equals(stored(execution, name), value)) {
            return;
        }
        execution.setVariable(name, Variables.objectValue(value)
                .serializationDataFormat(Variables.SerializationDataFormats.JSON).create());
    }

    private static Object stored(DelegateExecution execution, String name) {
        try {
            return execution.getVariable(name);
        } catch (RuntimeException unreadable) {
            return null; // written by an older version or by hand: write it anew
        }
    }
}
