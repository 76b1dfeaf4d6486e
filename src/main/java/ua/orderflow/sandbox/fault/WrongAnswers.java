package ua.orderflow.sandbox.fault;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Answers ROZETKA might get wrong, for the fault suite: an order rendered without some of its fields
 * or with fields set to what a scenario says (an unknown status or product, a new date format, a
 * field nobody knows), a search whose {@code _meta.pageCount} lies, and search pages padded to a
 * size. The orders themselves stay right: only what the Seller API answers about them is wrong,
 * until {@link #clear()}.
 */
public final class WrongAnswers {

    /** Top-level fields left out of an order's rendering, and fields set over it. */
    public record Distortion(List<String> drop, Map<String, Object> set) {
        public Distortion {
            drop = drop == null ? List.of() : List.copyOf(drop);
            set = set == null ? Map.of() : new LinkedHashMap<>(set);
        }
    }

    private final Map<Long, Distortion> orders = new ConcurrentHashMap<>();
    private volatile Integer pageCount;
    private volatile int padBytes;

    public void distort(long orderId, Distortion distortion) {
        orders.put(orderId, distortion);
    }

    /** {@code pageCount}: what every search claims (null: the truth); {@code padBytes}: filler added to every page. */
    public void pages(Integer lyingPageCount, int padding) {
        if (padding < 0) {
            throw new IllegalArgumentException("padBytes is not negative");
        }
        pageCount = lyingPageCount;
        padBytes = padding;
    }

    public void clear() {
        orders.clear();
        pageCount = null;
        padBytes = 0;
    }

    /** The order as the API answers it: as rendered, or distorted. */
    public Map<String, Object> order(Map<String, Object> rendered) {
        Object id = rendered.get("id");
        Distortion distortion = id instanceof Number number ? orders.get(number.longValue()) : null;
        if (distortion == null) {
            return rendered;
        }
        Map<String, Object> wrong = new LinkedHashMap<>(rendered);
        distortion.drop().forEach(wrong::remove);
        wrong.putAll(distortion.set());
        return wrong;
    }

    /** A search's content with its page count and size as the rules say. */
    public Map<String, Object> page(Map<String, Object> content) {
        Integer lie = pageCount;
        if (lie != null && content.get("_meta") instanceof Map<?, ?> meta) {
            Map<String, Object> lying = new LinkedHashMap<>();
            meta.forEach((key, value) -> lying.put(String.valueOf(key), value));
            lying.put("pageCount", lie);
            content.put("_meta", lying);
        }
        if (padBytes > 0) {
            content.put("padding", "x".repeat(padBytes));
        }
        return content;
    }

    public Map<String, Object> describe() {
        Map<String, Object> rules = new LinkedHashMap<>();
        rules.put("distortedOrders", orders.keySet());
        rules.put("pageCount", pageCount);
        rules.put("padBytes", padBytes);
        return rules;
    }
}
