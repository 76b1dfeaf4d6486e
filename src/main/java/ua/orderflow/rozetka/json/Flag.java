package ua.orderflow.rozetka.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import java.io.IOException;

/** ROZETKA's flags come as 0/1, "0"/"1" or true/false, typed Boolean either way; null is false. */
public final class Flag extends JsonDeserializer<Boolean> {

    @Override
    public Boolean deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        return switch (parser.currentToken()) {
            case VALUE_TRUE -> true;
            case VALUE_NUMBER_INT -> parser.getIntValue() != 0;
            case VALUE_STRING -> {
                String text = parser.getText().trim();
                yield text.equals("1") || text.equalsIgnoreCase("true");
            }
            default -> false;
        };
    }

    @Override
    public Boolean getNullValue(DeserializationContext context) {
        return false;
    }
}
