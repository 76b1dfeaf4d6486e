package ua.orderflow.offers;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What an offer is worth to ROZETKA, read from the books: available = on hand − reserved over all
 * warehouses, and the catalogue's prices. The push and the price-list feed both read it here, so
 * they never disagree.
 */
@Component
class OfferNumbers {

    private static final String SELECT = """
            select p.offer_id, p.article, p.name, p.category, p.price, p.price_old, p.price_promo, p.picture, p.vendor,
                   coalesce(sum(s.on_hand), 0) as on_hand, coalesce(sum(s.reserved), 0) as reserved
            from product p left join stock s on s.offer_id = p.offer_id
            """;
    private static final String GROUP = """
            group by p.offer_id, p.article, p.name, p.category, p.price, p.price_old, p.price_promo, p.picture, p.vendor
            order by p.offer_id""";

    private final NamedParameterJdbcTemplate jdbc;

    OfferNumbers(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    record Offer(String offerId, String article, String name, String category, BigDecimal price, BigDecimal priceOld,
            BigDecimal pricePromo, String picture, String vendor, int onHand, int reserved) {

        int available() {
            return Math.max(0, onHand - reserved);
        }
    }

    List<Offer> of(Collection<String> offerIds) {
        if (offerIds.isEmpty()) {
            return List.of();
        }
        return jdbc.query(SELECT + " where p.offer_id in (:offers) " + GROUP,
                new MapSqlParameterSource("offers", offerIds), (rs, n) -> read(rs));
    }

    List<Offer> all() {
        return jdbc.query(SELECT + GROUP, new MapSqlParameterSource(), (rs, n) -> read(rs));
    }

    private static Offer read(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Offer(rs.getString("offer_id"), rs.getString("article"), rs.getString("name"),
                rs.getString("category"), rs.getBigDecimal("price"), rs.getBigDecimal("price_old"),
                rs.getBigDecimal("price_promo"), rs.getString("picture"), rs.getString("vendor"), rs.getInt("on_hand"), rs.getInt("reserved"));
    }
}
