package ua.orderflow.accounting;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Products and stock per warehouse. Every movement is one conditional UPDATE, so two orders racing
 * for the last unit cannot both win and stock never goes below zero: a shortage is a result.
 */
@Service
public class Stock {

    private final JdbcClient jdbc;
    private final ObjectProvider<StockMoves> moves;

    public Stock(JdbcClient jdbc, ObjectProvider<StockMoves> moves) {
        this.jdbc = jdbc;
        this.moves = moves;
    }

    /** Every move tells the listeners in its own transaction: ROZETKA hears of it exactly when it commits. */
    void moved(Collection<String> offerIds) {
        if (!offerIds.isEmpty()) {
            moves.getIfAvailable(() -> StockMoves.NONE).moved(offerIds);
        }
    }

    public record Level(String offerId, String name, String warehouse, int onHand, int reserved) {
        public int available() {
            return onHand - reserved;
        }
    }

    public boolean knows(String offerId) {
        return offerId != null && jdbc.sql("select count(*) from product where offer_id = :offer")
                .param("offer", offerId).query(Long.class).single() > 0;
    }

    public List<Level> levels(String offerId) {
        return jdbc.sql("""
                select s.offer_id, p.name, s.warehouse, s.on_hand, s.reserved
                from stock s join product p on p.offer_id = s.offer_id
                where (cast(:offer as varchar(100)) is null or s.offer_id = :offer)
                order by s.offer_id, s.warehouse""")
                .param("offer", offerId).query(Level.class).list();
    }

    /** Reserves from the warehouse with the most free units; empty when no warehouse has enough. */
    Optional<String> reserve(String offerId, int quantity) {
        List<String> warehouses = jdbc.sql("""
                select warehouse from stock where offer_id = :offer and on_hand - reserved >= :q
                order by on_hand - reserved desc""")
                .param("offer", offerId).param("q", quantity).query(String.class).list();
        for (String warehouse : warehouses) {
            int taken = jdbc.sql("""
                    update stock set reserved = reserved + :q
                    where offer_id = :offer and warehouse = :w and on_hand - reserved >= :q""")
                    .param("q", quantity).param("offer", offerId).param("w", warehouse).update();
            if (taken == 1) {
                moved(List.of(offerId));
                return Optional.of(warehouse);
            }
        }
        return Optional.empty();
    }

    void release(String offerId, String warehouse, int quantity) {
        movedIf(jdbc.sql("update stock set reserved = reserved - :q where offer_id = :offer and warehouse = :w and reserved >= :q")
                .param("q", quantity).param("offer", offerId).param("w", warehouse).update(), offerId);
    }

    private void movedIf(int updated, String offerId) {
        if (updated > 0) {
            moved(List.of(offerId));
        }
    }

    /** Reserved units leave the warehouse with the expense note. */
    void writeOff(String offerId, String warehouse, int quantity) {
        movedIf(jdbc.sql("""
                update stock set on_hand = on_hand - :q, reserved = reserved - :q
                where offer_id = :offer and warehouse = :w and reserved >= :q""")
                .param("q", quantity).param("offer", offerId).param("w", warehouse).update(), offerId);
    }

    /** Goods the buyer refused or did not pick up come back. */
    void putBack(String offerId, String warehouse, int quantity) {
        movedIf(jdbc.sql("update stock set on_hand = on_hand + :q where offer_id = :offer and warehouse = :w")
                .param("q", quantity).param("offer", offerId).param("w", warehouse).update(), offerId);
    }

    /**
     * A storekeeper's count: the warehouse now holds {@code onHand} units (never fewer than are
     * reserved for orders). False when the product or the warehouse is unknown.
     */
    @Transactional
    public boolean correct(String offerId, String warehouse, int onHand) {
        if (onHand < 0) {
            throw new IllegalArgumentException("Кількість на складі не може бути від'ємною: " + onHand);
        }
        int updated = jdbc.sql("update stock set on_hand = greatest(:q, reserved) where offer_id = :offer and warehouse = :w")
                .param("q", onHand).param("offer", offerId).param("w", warehouse).update();
        movedIf(updated, offerId);
        return updated > 0;
    }

    public List<Map<String, Object>> products() {
        return Rows.lowerCaseKeys(jdbc.sql("select offer_id, article, name, price, category from product order by offer_id").query().listOfRows());
    }
}
