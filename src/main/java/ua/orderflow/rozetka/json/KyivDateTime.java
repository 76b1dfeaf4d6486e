package ua.orderflow.rozetka.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * ROZETKA's times: "YYYY-MM-DD HH:MM:SS" with no offset, read as Europe/Kyiv local time; a plain
 * date is its midnight; a number is unix seconds (some comment timestamps); "" is none.
 */
public final class KyivDateTime extends JsonDeserializer<LocalDateTime> {

    public static final ZoneId KYIV = ZoneId.of("Europe/Kyiv");
    public static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @Override
    public LocalDateTime deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        if (parser.currentToken().isNumeric()) {
            return LocalDateTime.ofInstant(Instant.ofEpochSecond(parser.getLongValue()), KYIV);
        }
        String text = parser.getValueAsString();
        if (text == null || text.isBlank()) {
            return null;
        }
        text = text.trim();
        if (text.length() == 10) {
            return LocalDate.parse(text).atStartOfDay();
        }
        return LocalDateTime.parse(text.replace('T', ' ').substring(0, 19), FORMAT);
    }
}
