package ua.orderflow.offers;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import ua.orderflow.DbTime;

/**
 * Our products on each shop's ROZETKA ({@code offer_link}): the item each is linked to, the values
 * last pushed and when, the last error, and a price held back for its size.
 */
@Component
class OfferLinks {

    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    OfferLinks(NamedParameterJdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    record Link(String shopId, String offerId, Long rzItemId, String linkedBy, Integer pushedStock,
            BigDecimal pushedPrice, BigDecimal pushedPriceOld, BigDecimal pushedPricePromo, LocalDateTime pushedAt,
            BigDecimal heldPrice, BigDecimal approvedPrice, String lastError, LocalDateTime errorAt) {
    }

    Map<String, Link> of(String shopId, Collection<String> offerIds) {
        if (offerIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.query("select * from offer_link where shop_id = :shop and offer_id in (:offers)",
                new MapSqlParameterSource("shop", shopId).addValue("offers", offerIds), (rs, n) -> read(rs))
                .stream().collect(Collectors.toMap(Link::offerId, Function.identity()));
    }

    List<Link> all(String shopId) {
        return jdbc.query("select * from offer_link where shop_id = :shop order by offer_id",
                new MapSqlParameterSource("shop", shopId), (rs, n) -> read(rs));
    }

    /** Links (or unlinks, with a null item) the offer; what was pushed to another item is forgotten. */
    void link(String shopId, String offerId, Long rzItemId, String linkedBy) {
        MapSqlParameterSource p = new MapSqlParameterSource("shop", shopId).addValue("offer", offerId)
                .addValue("item", rzItemId).addValue("by", linkedBy);
        int updated = jdbc.update("""
                update offer_link set rz_item_id = :item, linked_by = :by, pushed_stock = null, pushed_price = null,
                       pushed_price_old = null, pushed_price_promo = null, pushed_at = null, held_price = null,
                       approved_price = null
                where shop_id = :shop and offer_id = :offer""", p);
        if (updated == 0) {
            jdbc.update("insert into offer_link (shop_id, offer_id, rz_item_id, linked_by) values (:shop, :offer, :item, :by)",
                    p);
        }
    }

    /** What ROZETKA took for the item: the fields sent, the others left as they were. */
    void pushed(String shopId, String offerId, long version, Integer stock, BigDecimal price, BigDecimal priceOld,
            BigDecimal pricePromo, boolean priceSent) {
        jdbc.update("""
                update offer_link set pushed_version = :version, pushed_at = :now, last_error = null, error_at = null,
                       pushed_stock = coalesce(:stock, pushed_stock),
                       pushed_price = case when :priceSent then :price else pushed_price end,
                       pushed_price_old = case when :priceSent then :priceOld else pushed_price_old end,
                       pushed_price_promo = case when :priceSent then :pricePromo else pushed_price_promo end,
                       approved_price = case when :priceSent then null else approved_price end,
                       held_price = case when :priceSent then null else held_price end
                where shop_id = :shop and offer_id = :offer""",
                new MapSqlParameterSource("shop", shopId).addValue("offer", offerId).addValue("version", version)
                        .addValue("now", Timestamp.valueOf(DbTime.now(clock))).addValue("stock", stock)
                        .addValue("price", price).addValue("priceOld", priceOld).addValue("pricePromo", pricePromo)
                        .addValue("priceSent", priceSent));
    }

    void failed(String shopId, String offerId, String error) {
        jdbc.update("update offer_link set last_error = :error, error_at = :now where shop_id = :shop and offer_id = :offer",
                new MapSqlParameterSource("shop", shopId).addValue("offer", offerId)
                        .addValue("error", error.length() > 2000 ? error.substring(0, 2000) : error)
                        .addValue("now", Timestamp.valueOf(DbTime.now(clock))));
    }

    /** A price beyond ROZETKA's moderation bounds waits for a person; true when newly held. */
    boolean hold(String shopId, String offerId, BigDecimal price) {
        return jdbc.update("""
                update offer_link set held_price = :price where shop_id = :shop and offer_id = :offer
                and (held_price is null or held_price <> :price)""",
                new MapSqlParameterSource("shop", shopId).addValue("offer", offerId).addValue("price", price)) > 0;
    }

    /** Someone on the desk sends the held price on, to ROZETKA's moderation; false when none is held. */
    boolean approve(String shopId, String offerId) {
        return jdbc.update("""
                update offer_link set approved_price = held_price, held_price = null
                where shop_id = :shop and offer_id = :offer and held_price is not null""",
                new MapSqlParameterSource("shop", shopId).addValue("offer", offerId)) > 0;
    }

    private static Link read(java.sql.ResultSet rs) throws java.sql.SQLException {
        long item = rs.getLong("rz_item_id");
        return new Link(rs.getString("shop_id"), rs.getString("offer_id"), rs.wasNull() ? null : item,
                rs.getString("linked_by"), (Integer) rs.getObject("pushed_stock", Integer.class),
                rs.getBigDecimal("pushed_price"), rs.getBigDecimal("pushed_price_old"),
                rs.getBigDecimal("pushed_price_promo"), time(rs.getTimestamp("pushed_at")),
                rs.getBigDecimal("held_price"), rs.getBigDecimal("approved_price"), rs.getString("last_error"),
                time(rs.getTimestamp("error_at")));
    }

    private static LocalDateTime time(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toLocalDateTime();
    }

    /** The price ROZETKA showed for each item at the last goods read: the base of a first price push. */
    Map<Long, BigDecimal> listedPrices(String shopId, Collection<Long> items) {
        if (items.isEmpty()) {
            return Map.of();
        }
        Map<Long, BigDecimal> prices = new java.util.HashMap<>();
        jdbc.query("select rz_item_id, price from rozetka_item where shop_id = :shop and rz_item_id in (:items)",
                new MapSqlParameterSource("shop", shopId).addValue("items", items),
                rs -> {
                    if (rs.getBigDecimal(2) != null) {
                        prices.put(rs.getLong(1), rs.getBigDecimal(2));
                    }
                });
        return prices;
    }
}
