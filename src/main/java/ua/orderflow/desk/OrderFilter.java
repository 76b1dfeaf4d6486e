package ua.orderflow.desk;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import ua.orderflow.accounting.Phones;
import ua.orderflow.sync.intake.SearchColumns;

/**
 * What a manager narrows the order list by: a search text (order number, phone, name or TTN), shop,
 * stage, ROZETKA status, the order's date (Kyiv days, both included), only orders with an overdue
 * task, and a page.
 */
public record OrderFilter(String q, String shop, String stage, Integer status, LocalDate from, LocalDate to,
        boolean overdue, int page) {

    public static final int PAGE_SIZE = 50;
    /** Words of a name search that must all match; more are ignored. */
    static final int NAME_WORDS = 3;

    public OrderFilter {
        q = q == null ? "" : q.strip();
        shop = blankToNull(shop);
        stage = blankToNull(stage);
        page = Math.max(1, Math.min(page, 100_000));
    }

    public OrderFilter(String q, String shop, String stage, Integer status, int page) {
        this(q, shop, stage, status, null, null, false, page);
    }

    /** The search text's digits when it is a number, a phone or a TTN (spaces, dashes, + and brackets dropped). */
    String digits() {
        String digits = q.replaceAll("[\\s+()\\-]", "");
        return digits.matches("\\d{3,}") ? digits : null;
    }

    /** The order number the digits may be. */
    Long number() {
        String digits = digits();
        return digits != null && digits.length() <= 18 ? Long.valueOf(digits) : null;
    }

    /** The phone the digits may be, as stored (380XXXXXXXXX). */
    String phone() {
        return digits() == null ? null : Phones.normalize(digits());
    }

    String ttn() {
        return digits() == null ? null : SearchColumns.ttn(digits());
    }

    /** Words of a name search, lower case; none when the text is a number. */
    List<String> nameWords() {
        if (digits() != null) {
            return List.of();
        }
        return Arrays.stream(q.toLowerCase(Locale.ROOT).split("\\s+"))
                .map(w -> w.replace("%", "").replace("_", "")).filter(w -> w.length() >= 3).limit(NAME_WORDS).toList();
    }

    /** A text that is neither a number nor a word of three letters finds nothing, rather than everything. */
    boolean searchesNothing() {
        return !q.isEmpty() && digits() == null && nameWords().isEmpty();
    }

    long offset() {
        return (page - 1L) * PAGE_SIZE;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
