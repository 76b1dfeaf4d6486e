package ua.orderflow.accounting;

import java.math.BigDecimal;
import java.util.List;

/** A catalogue record's fields checked against the columns and the product and stock tables. */
final class CatalogueFields {

    static final String COLUMNS = "offer_id;article;name;price;category;warehouse;quantity";
    /** Columns a file may add after the seven: what the ROZETKA push and price-list feed also send. */
    static final String OPTIONAL_COLUMNS = "price_old;price_promo;picture;vendor";
    private static final int COUNT = 7;
    private static final int MAX_COUNT = 11;
    // what a decoder leaves for bytes that are not of its charset: such a name would be garbled
    private static final char UNDECODABLE = '\uFFFD';

    private CatalogueFields() {
    }

    static CatalogueRow row(List<String> fields) throws BadRow {
        if (fields.stream().anyMatch(f -> f.indexOf(UNDECODABLE) >= 0)) {
            throw new BadRow("текст не в кодуванні, у якому надіслано файл (типово UTF-8): збережіть файл як"
                    + " «CSV UTF-8» або надішліть його з кодуванням, напр. text/csv;charset=windows-1251");
        }
        // a spreadsheet may add empty columns it once saw used; only data in them is a mistake
        if (fields.size() < COUNT) {
            throw new BadRow("очікується " + COUNT + " полів (" + COLUMNS + "), а знайдено " + fields.size());
        }
        if (fields.size() > MAX_COUNT && fields.subList(MAX_COUNT, fields.size()).stream().anyMatch(f -> !f.isEmpty())) {
            throw new BadRow("очікується від " + COUNT + " до " + MAX_COUNT + " полів (" + COLUMNS + ";"
                    + OPTIONAL_COLUMNS + "), а знайдено " + fields.size());
        }
        String offerId = text(fields.get(0), "offer_id", "не вказано offer_id", 100);
        String article = text(fields.get(1), "article", null, 100);
        String name = text(fields.get(2), "name", "не вказано назву (name)", 300);
        String category = text(fields.get(4), "category", null, 100);
        String warehouse = text(fields.get(5), "warehouse", "не вказано склад (warehouse)", 100);
        BigDecimal price = CatalogueNumbers.price(fields.get(3));
        BigDecimal priceOld = optionalPrice(fields, 7, "стара ціна (price_old)");
        BigDecimal pricePromo = optionalPrice(fields, 8, "промо-ціна (price_promo)");
        if (pricePromo != null && pricePromo.compareTo(price) >= 0) {
            throw new BadRow("промо-ціна (price_promo) має бути меншою за ціну (price)");
        }
        String picture = fields.size() > 9 ? text(fields.get(9), "picture", null, 1000) : "";
        String vendor = fields.size() > 10 ? text(fields.get(10), "vendor", null, 100) : "";
        return new CatalogueRow(offerId, article, name, price, category, warehouse,
                CatalogueNumbers.quantity(fields.get(6)), priceOld, pricePromo, picture.isEmpty() ? null : picture,
                vendor.isEmpty() ? null : vendor);
    }

    private static BigDecimal optionalPrice(List<String> fields, int index, String what) throws BadRow {
        if (fields.size() <= index || fields.get(index).isEmpty()) {
            return null;
        }
        return CatalogueNumbers.price(fields.get(index), what);
    }

    /** {@code missing} is the complaint about an empty value, null where empty is fine. */
    private static String text(String value, String column, String missing, int maxLength) throws BadRow {
        if (missing != null && value.isEmpty()) {
            throw new BadRow(missing);
        }
        if (value.codePointCount(0, value.length()) > maxLength) {
            throw new BadRow("поле " + column + " довше за " + maxLength + " символів");
        }
        return value;
    }
}
