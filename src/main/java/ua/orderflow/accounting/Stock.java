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
 * for the last unit cannot both win and stock never goes below zero: a shortage is a result. The
 * movements of a step are written just before it commits ({@link StockAtCommit}), a reservation
 * near the last units at once.
 */
@Service
public class Stock {

    /**
     * Free units a reservation must leave over to be written at the commit. Up to 12 job threads and
     * the managers reserve at once, an order a few units each: with this many left, no order that
     * read enough finds the row short when it writes.
     */
    static final int HEADROOM = 50;

    private final JdbcClient jdbc;
    private final ObjectProvider<StockMoves> moves;
    private final StockAtCommit atCommit;

    public Stock(JdbcClient jdbc, ObjectProvider<StockMoves> moves, StockAtCommit atCommit) {
        this.jdbc = jdbc;
        this.moves = moves;
        this.atCommit = atCommit;
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

    /**
     * Reserves from the warehouse with the most free units; empty when no warehouse has enough. With
     * plenty left over, the row is written just before the commit ({@link StockAtCommit}); near the
     * last units at once, so that of two orders racing for them the loser sees its shortage now.
     */
    Optional<String> reserve(String offerId, int quantity) {
        // free units per warehouse as they will be once this step's own moves are written, most first
        List<Map.Entry<String, Integer>> enough = jdbc.sql("select warehouse, on_hand - reserved from stock where offer_id = :offer")
                .param("offer", offerId)
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getInt(2) + atCommit.freeChange(offerId, rs.getString(1))))
                .list().stream().filter(free -> free.getValue() >= quantity)
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).toList();
        if (!enough.isEmpty() && enough.get(0).getValue() - quantity >= HEADROOM) {
            move(StockAtCommit.Kind.RESERVE, offerId, enough.get(0).getKey(), quantity);
            return Optional.of(enough.get(0).getKey());
        }
        atCommit.writeThrough(offerId);
        for (Map.Entry<String, Integer> warehouse : enough) {
            if (atCommit.reserveNow(offerId, warehouse.getKey(), quantity)) {
                moved(List.of(offerId));
                return Optional.of(warehouse.getKey());
            }
        }
        return Optional.empty();
    }

    void release(String offerId, String warehouse, int quantity) {
        move(StockAtCommit.Kind.RELEASE, offerId, warehouse, quantity);
    }

    /** Reserved units leave the warehouse with the expense note. */
    void writeOff(String offerId, String warehouse, int quantity) {
        move(StockAtCommit.Kind.WRITE_OFF, offerId, warehouse, quantity);
    }

    /** Goods the buyer refused or did not pick up come back. */
    void putBack(String offerId, String warehouse, int quantity) {
        move(StockAtCommit.Kind.PUT_BACK, offerId, warehouse, quantity);
    }

    private void move(StockAtCommit.Kind kind, String offerId, String warehouse, int quantity) {
        atCommit.add(new StockAtCommit.Move(kind, offerId, warehouse, quantity), this::moved);
    }

    private void movedIf(int updated, String offerId) {
        if (updated > 0) {
            moved(List.of(offerId));
        }
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
