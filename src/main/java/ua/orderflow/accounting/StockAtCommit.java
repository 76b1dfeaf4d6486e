package ua.orderflow.accounting;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A transaction's stock moves, written just before it commits. A stock row's lock holds until the
 * commit, and every order of that product waits on it: written where the move was decided, the row
 * stayed locked through the rest of the step and the engine's flush, and the benchmark's lifecycle
 * waited 17 to 21 ms per order on other orders' locks. The rows are written in offer order, and before
 * the document numbers are taken ({@link #getOrder}), so two transactions never wait on each other in
 * a circle.
 */
@Component
class StockAtCommit {

    enum Kind {
        RESERVE("update stock set reserved = reserved + :q where offer_id = :offer and warehouse = :w and on_hand - reserved >= :q"),
        RELEASE("update stock set reserved = reserved - :q where offer_id = :offer and warehouse = :w and reserved >= :q"),
        WRITE_OFF("""
                update stock set on_hand = on_hand - :q, reserved = reserved - :q
                where offer_id = :offer and warehouse = :w and reserved >= :q"""),
        PUT_BACK("update stock set on_hand = on_hand + :q where offer_id = :offer and warehouse = :w");

        private final String sql;

        Kind(String sql) {
            this.sql = sql;
        }

        /** What the move does to the free units (on hand less reserved). */
        int freeChange(int quantity) {
            return switch (this) {
                case RESERVE -> -quantity;
                case RELEASE, PUT_BACK -> quantity;
                case WRITE_OFF -> 0;
            };
        }
    }

    record Move(Kind kind, String offerId, String warehouse, int quantity) {
    }

    private final JdbcClient jdbc;

    StockAtCommit(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Writes the move just before the transaction commits, {@code moved} told of its offer then;
     * at once when there is no transaction to wait for.
     */
    void add(Move move, Consumer<Set<String>> moved) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            moved.accept(write(List.of(move)));
            return;
        }
        Pending pending = pending();
        if (pending == null) {
            pending = new Pending(moved);
            TransactionSynchronizationManager.registerSynchronization(pending);
        }
        pending.moves.add(move);
    }

    /**
     * This transaction's moves not yet written. They live among its synchronizations, which a
     * transaction started inside it (REQUIRES_NEW) suspends, so that its moves stay its own.
     */
    private Pending pending() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return null;
        }
        return TransactionSynchronizationManager.getSynchronizations().stream()
                .filter(s -> s instanceof Pending p && p.owner() == this).map(Pending.class::cast)
                .findFirst().orElse(null);
    }

    /** The free units this transaction's moves not yet written will add to (or take from) the row. */
    int freeChange(String offerId, String warehouse) {
        Pending pending = pending();
        return pending == null ? 0 : pending.moves.stream()
                .filter(m -> m.offerId().equals(offerId) && m.warehouse().equals(warehouse))
                .mapToInt(m -> m.kind().freeChange(m.quantity())).sum();
    }

    /**
     * Writes this transaction's moves of offers up to {@code offerId} now, as a move of that offer that
     * must see its rows as they are comes next; the later offers' stay for the commit, so that the rows
     * are still locked in offer order.
     */
    void writeThrough(String offerId) {
        Pending pending = pending();
        if (pending != null) {
            pending.write(m -> m.offerId().compareTo(offerId) <= 0);
        }
    }

    /** Reserves at once, the row locked from now on; false when it no longer has the units. */
    boolean reserveNow(String offerId, String warehouse, int quantity) {
        return update(new Move(Kind.RESERVE, offerId, warehouse, quantity)) == 1;
    }

    private int update(Move move) {
        return jdbc.sql(move.kind().sql).param("q", move.quantity()).param("offer", move.offerId())
                .param("w", move.warehouse()).update();
    }

    /** The offers whose rows moved. A reservation the row can no longer cover fails the transaction. */
    private Set<String> write(List<Move> moves) {
        Set<String> moved = new LinkedHashSet<>();
        List<Move> inOfferOrder = new ArrayList<>(moves);
        // stable: a row's own moves keep their order (a reservation before its write-off)
        inOfferOrder.sort(Comparator.comparing(Move::offerId).thenComparing(Move::warehouse));
        for (Move move : inOfferOrder) {
            int updated = update(move);
            if (updated == 0 && move.kind() == Kind.RESERVE) {
                throw new StockChangedException(move.offerId(), move.warehouse(), move.quantity());
            }
            if (updated > 0) {
                moved.add(move.offerId());
            }
        }
        return moved;
    }

    private final class Pending implements TransactionSynchronization {

        private final List<Move> moves = new ArrayList<>();
        private final Consumer<Set<String>> moved;

        private Pending(Consumer<Set<String>> moved) {
            this.moved = moved;
        }

        void write(Predicate<Move> which) {
            List<Move> now = moves.stream().filter(which).toList();
            moves.removeIf(which);
            Set<String> offers = StockAtCommit.this.write(now);
            if (!offers.isEmpty()) {
                moved.accept(offers);
            }
        }

        @Override
        public int getOrder() {
            return Ordered.HIGHEST_PRECEDENCE;
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            write(m -> true);
        }

        StockAtCommit owner() {
            return StockAtCommit.this;
        }
    }
}
