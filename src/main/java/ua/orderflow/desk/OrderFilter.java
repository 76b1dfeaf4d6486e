package ua.orderflow.desk;

/**
 * What a manager narrows the order list by: a search text (order number, phone, name or TTN), shop,
 * stage, ROZETKA status, and a page.
 */
public record OrderFilter(String q, String shop, String stage, Integer status, int page) {

    public static final int PAGE_SIZE = 50;

    public OrderFilter {
        q = q == null ? "" : q.strip();
        shop = blankToNull(shop);
        stage = blankToNull(stage);
        page = Math.max(1, Math.min(page, 100_000));
    }

    /** The search text's digits when it is a number, a phone or a TTN (spaces, dashes, + and brackets dropped). */
    String digits() {
        String digits = q.replaceAll("[\\s+()\\-]", "");
        return digits.matches("\\d{3,}") ? digits : null;
    }

    long offset() {
        return (page - 1L) * PAGE_SIZE;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
