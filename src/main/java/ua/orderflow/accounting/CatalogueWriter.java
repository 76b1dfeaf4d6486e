package ua.orderflow.accounting;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SimplePropertySqlParameterSource;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes catalogue rows as products and stock, a chunk at a time in JDBC batches: row by row, a
 * 10,000-line file took two to four statements and as many round trips per line.
 */
@Service
class CatalogueWriter {

    private static final String UPDATE_PRODUCT = """
            update product set article = :article, name = :name, price = :price, category = :category,
                   price_old = :priceOld, price_promo = :pricePromo, picture = :picture, vendor = :vendor
            where offer_id = :offerId""";
    private static final String INSERT_PRODUCT = """
            insert into product (offer_id, article, name, price, category, price_old, price_promo, picture, vendor)
            values (:offerId, :article, :name, :price, :category, :priceOld, :pricePromo, :picture, :vendor)""";
    // a reserved unit stays on hand: an import never takes away goods promised to an order
    private static final String UPDATE_STOCK = """
            update stock set on_hand = greatest(:quantity, reserved) where offer_id = :offerId and warehouse = :warehouse""";
    private static final String INSERT_STOCK = """
            insert into stock (offer_id, warehouse, on_hand, reserved) values (:offerId, :warehouse, :quantity, 0)""";

    private final NamedParameterJdbcTemplate jdbc;
    private final Stock stock;

    CatalogueWriter(NamedParameterJdbcTemplate jdbc, Stock stock) {
        this.jdbc = jdbc;
        this.stock = stock;
    }

    /** One transaction per chunk (see {@link CatalogueImport#importCsv(java.io.Reader)} for why). */
    @Transactional
    public void write(List<CatalogueRow> rows) {
        upsert(UPDATE_PRODUCT, INSERT_PRODUCT, lastOf(rows, CatalogueRow::offerId));
        upsert(UPDATE_STOCK, INSERT_STOCK, lastOf(rows, r -> r.offerId() + '\u0000' + r.warehouse()));
        stock.moved(lastOf(rows, CatalogueRow::offerId).stream().map(CatalogueRow::offerId).toList());
    }

    /**
     * The last row per key, as writing row by row would leave it (a batch cannot insert one key
     * twice), in key order so that two imports at once lock the rows they share in the same order.
     */
    private static Collection<CatalogueRow> lastOf(List<CatalogueRow> rows, Function<CatalogueRow, String> key) {
        Map<String, CatalogueRow> last = new TreeMap<>();
        rows.forEach(row -> last.put(key.apply(row), row));
        return last.values();
    }

    private void upsert(String update, String insert, Collection<CatalogueRow> rows) {
        List<SqlParameterSource> all = rows.stream().<SqlParameterSource>map(SimplePropertySqlParameterSource::new)
                .toList();
        int[] updated = jdbc.batchUpdate(update, all.toArray(SqlParameterSource[]::new));
        List<SqlParameterSource> missing = new ArrayList<>();
        for (int i = 0; i < updated.length; i++) {
            if (updated[i] == 0) {
                missing.add(all.get(i));
            }
        }
        if (!missing.isEmpty()) {
            jdbc.batchUpdate(insert, missing.toArray(SqlParameterSource[]::new));
        }
    }
}
