package ua.orderflow.process.delegate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * Sets a variable only when its value changes. The engine writes an unchanged value again, and at
 * history level full adds a history detail row for it each time.
 */
public final class ChangedVariables {

    /** Writes a map or list as the engine's JSON format does (Jackson's defaults), for comparing. */
    private static final ObjectMapper JSON = new ObjectMapper();

    private ChangedVariables() {
    }

    public static void set(DelegateExecution execution, String name, Object value) {
        if (!execution.hasVariable(name) || !Objects.equals(execution.getVariable(name), value)) {
            execution.setVariable(name, value);
        }
    }

    /**
     * The same for a value kept as JSON (lists and maps a form reads). The stored value is compared as
     * its text, not read back into objects: reading the card back was a quarter of the CPU of the
     * confirmation step (JFR). A value set earlier in the same step is simply written again.
     */
    public static void setJson(DelegateExecution execution, String name, Object value) {
        String stored = storedText(execution, name);
        if (stored != null && stored.equals(text(value))) {
            return;
        }
        execution.setVariable(name, Variables.objectValue(value)
                .serializationDataFormat(Variables.SerializationDataFormats.JSON).create());
    }

    private static String storedText(DelegateExecution execution, String name) {
        try {
            TypedValue stored = execution.getVariableTyped(name, false);
            return stored instanceof ObjectValue object && !object.isDeserialized() ? object.getValueSerialized() : null;
        } catch (RuntimeException unreadable) {
            return null; // written by an older version or by hand: write it anew
        }
    }

    private static String text(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException unwritable) {
            return null; // the engine's serializer will say what is wrong with it
        }
    }
}
