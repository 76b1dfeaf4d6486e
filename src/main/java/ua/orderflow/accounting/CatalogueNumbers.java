package ua.orderflow.accounting;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Prices and quantities as people and spreadsheets write them: a decimal comma or point, and digits
 * grouped by thousands with a space, a non-breaking space (Excel in a Ukrainian locale) or a narrow
 * one. Anything else is refused rather than guessed: {@code 1,999} could mean 1.999 or 1999.
 */
final class CatalogueNumbers {

    private static final Pattern GROUPED = Pattern.compile("-?\\d{1,3}(?:[ \u00A0\u202F]\\d{3})+(?:[.,]\\d+)?");
    private static final Pattern PLAIN = Pattern.compile("-?\\d+(?:[.,]\\d+)?");
    private static final Pattern GROUP_SPACE = Pattern.compile("[ \u00A0\u202F]");
    private static final int MAX_CHARS = 40;
    // product.price is decimal(12,2)
    private static final BigDecimal MAX_PRICE = new BigDecimal("9999999999.99");

    private CatalogueNumbers() {
    }

    static BigDecimal price(String raw) throws BadRow {
        return price(raw, "ціна");
    }

    /** {@code what} names the price, a feminine noun phrase («стара ціна (price_old)»). */
    static BigDecimal price(String raw, String what) throws BadRow {
        BigDecimal price = notNegative(raw, what, "не вказано ціну (price)");
        if (price.scale() > 2) {
            throw refused(what, raw, "має більше двох знаків після коми");
        }
        if (price.compareTo(MAX_PRICE) > 0) {
            throw refused(what, raw, "завелика");
        }
        return price;
    }

    static int quantity(String raw) throws BadRow {
        BigDecimal quantity = notNegative(raw, "кількість", "не вказано кількість (quantity)");
        // even 10,0: with a decimal mark, 1,000 would read as one unit where a thousand was meant
        if (quantity.scale() > 0) {
            throw refused("кількість", raw, "не є цілим числом");
        }
        if (quantity.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
            throw refused("кількість", raw, "завелика");
        }
        return quantity.intValueExact();
    }

    /** {@code what} is a feminine noun, as «ціна» and «кількість» are: «від'ємна» agrees with it. */
    private static BigDecimal notNegative(String raw, String what, String missing) throws BadRow {
        if (raw.isEmpty()) {
            throw new BadRow(missing);
        }
        // a megabyte of digits is no price, and BigDecimal would take its time to say so
        if (raw.length() > MAX_CHARS || !PLAIN.matcher(raw).matches() && !GROUPED.matcher(raw).matches()) {
            throw refused(what, raw, "не є числом");
        }
        BigDecimal number = new BigDecimal(GROUP_SPACE.matcher(raw).replaceAll("").replace(',', '.'));
        if (number.signum() < 0) {
            throw refused(what, raw, "від'ємна");
        }
        return number;
    }

    private static BadRow refused(String what, String raw, String why) {
        return new BadRow(what + " «" + Shown.value(raw) + "» " + why);
    }
}
