package ua.orderflow.sandbox.fault;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How ROZETKA words a refused status change (error 1005). Live it says "Наступний статус недоступний"
 * or "Перехід в цей статус неможливий", and {@code errors.details} comes as an object, a string, an
 * array or null (rozetka-seller-api.md §2); which comes when is unknown. By default the sandbox
 * answers [BM]'s live example word for word; a fault rule switches the wording (or alternates it, so
 * one run meets both) and the shape of details.
 */
public final class Refusals {

    /** The second live wording ([BM]; [U]), whole. */
    public static final String TRANSITION_IMPOSSIBLE = "Перехід в цей статус неможливий";

    public enum Wording { NEXT_UNAVAILABLE, TRANSITION_IMPOSSIBLE, ALTERNATE }

    /** The shapes of {@code errors.details}: {field:[reason]}, "reason", ["reason"], or null. */
    public enum DetailsShape {
        OBJECT, STRING, ARRAY, NULL;

        public Object render(String field, String reason) {
            return switch (this) {
                case OBJECT -> Map.of(field, List.of(reason));
                case STRING -> reason;
                case ARRAY -> List.of(reason);
                case NULL -> null;
            };
        }

        public static DetailsShape of(String name) {
            return valueOf(name.trim().toUpperCase(Locale.ROOT));
        }
    }

    private Wording wording = Wording.NEXT_UNAVAILABLE;
    private DetailsShape shape = DetailsShape.OBJECT;
    private boolean secondNext;

    public synchronized void set(Wording newWording, DetailsShape newShape) {
        if (newWording != null) {
            wording = newWording;
            secondNext = false;
        }
        if (newShape != null) {
            shape = newShape;
        }
    }

    public synchronized void reset() {
        set(Wording.NEXT_UNAVAILABLE, DetailsShape.OBJECT);
    }

    public synchronized DetailsShape shape() {
        return shape;
    }

    /** The text for a "may not follow" refusal whose first wording is {@code nextUnavailable}. */
    public synchronized String wordNextUnavailable(String nextUnavailable) {
        boolean second = switch (wording) {
            case NEXT_UNAVAILABLE -> false;
            case TRANSITION_IMPOSSIBLE -> true;
            case ALTERNATE -> {
                boolean now = secondNext;
                secondNext = !secondNext;
                yield now;
            }
        };
        return second ? TRANSITION_IMPOSSIBLE : nextUnavailable;
    }

    public synchronized Map<String, Object> describe() {
        return Map.of("wording", wording.name().toLowerCase(Locale.ROOT).replace('_', '-'),
                "details", shape.name().toLowerCase(Locale.ROOT));
    }

    public static Wording wording(String name) {
        return Wording.valueOf(name.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
