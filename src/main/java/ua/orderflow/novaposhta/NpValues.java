package ua.orderflow.novaposhta;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Nova Poshta's typing (novaposhta-api.md §3): numbers as strings or numbers with varying precision,
 * booleans as true/false or 1/0, "" for nothing, and four date patterns in one answer, none with an
 * offset (Kyiv local time assumed).
 */
final class NpValues {

    /** ScheduledDeliveryDate, DateCreated. */
    static final DateTimeFormatter DAY_FIRST = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm:ss");
    /** TrackingUpdateDate, ActualDeliveryDate, PaymentStatusDate, DatePayedKeeping. */
    static final DateTimeFormatter ISO_SPACE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    /** DateScan. */
    static final DateTimeFormatter TIME_FIRST = DateTimeFormatter.ofPattern("HH:mm dd.MM.yyyy");
    /** RecipientDateTime. */
    static final DateTimeFormatter DOTTED = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss");
    /** EstimatedDeliveryDate of save, DateTime of a request. */
    static final DateTimeFormatter DOTTED_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private NpValues() {
    }

    static String text(JsonNode row, String field) {
        JsonNode node = row.path(field);
        if (node.isMissingNode() || node.isNull()) {
            return null;
        }
        String value = node.asText();
        return value.isBlank() ? null : value;
    }

    static BigDecimal decimal(JsonNode row, String field) {
        String value = text(row, field);
        try {
            return value == null ? null : new BigDecimal(value.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static Integer integer(JsonNode row, String field) {
        BigDecimal value = decimal(row, field);
        return value == null ? null : value.intValue();
    }

    static boolean flag(JsonNode row, String field) {
        String value = text(row, field);
        return value != null && ("1".equals(value) || "true".equalsIgnoreCase(value));
    }

    static LocalDateTime dateTime(JsonNode row, String field, DateTimeFormatter pattern) {
        String value = text(row, field);
        try {
            return value == null ? null : LocalDateTime.parse(value.trim(), pattern);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static LocalDate date(JsonNode row, String field, DateTimeFormatter pattern) {
        String value = text(row, field);
        try {
            return value == null ? null : LocalDate.parse(value.trim(), pattern);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** "0.5", "1199": the string form Nova Poshta's inputs take, without trailing zeros. */
    static String number(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
