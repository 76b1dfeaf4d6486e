package ua.orderflow.sandbox.clock;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** ROZETKA's wire format for time: "YYYY-MM-DD HH:MM:SS", no offset, Kyiv local time. */
public final class KyivTime {

    public static final ZoneId ZONE = ZoneId.of("Europe/Kyiv");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    private KyivTime() {
    }

    public static String format(Instant instant) {
        return instant == null ? null : DATE_TIME.format(instant.atZone(ZONE));
    }

    public static String formatDate(Instant instant) {
        return instant == null ? null : DATE.format(instant.atZone(ZONE));
    }

    /**
     * A filter bound: a date alone means the whole day, so {@code created_to=2025-03-14} includes
     * that day's evening.
     */
    public static Instant parseBound(String value, boolean upper) {
        String text = value.trim();
        try {
            if (text.length() <= 10) {
                LocalDate day = LocalDate.parse(text, DATE);
                LocalDateTime at = upper ? day.atTime(LocalTime.MAX) : day.atStartOfDay();
                return at.atZone(ZONE).toInstant();
            }
            String normalized = text.replace('T', ' ');
            if (normalized.length() == 16) {
                normalized = normalized + ":00";
            }
            LocalDateTime at = LocalDateTime.parse(normalized, DATE_TIME);
            // ROZETKA keeps whole seconds: an upper bound takes in all of its last second
            return (upper ? at.plusNanos(999_999_999) : at).atZone(ZONE).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not a date: " + value, e);
        }
    }
}
