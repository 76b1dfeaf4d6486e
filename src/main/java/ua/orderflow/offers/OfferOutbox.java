package ua.orderflow.offers;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Component;
import ua.orderflow.DbTime;
import ua.orderflow.accounting.SeparateInsert;
import ua.orderflow.accounting.StockMoves;

/**
 * The stock and price outbox (design rule 10): every move bumps its offer's one row in the move's
 * own transaction, so ROZETKA hears of exactly the moves that committed, and a burst of moves is
 * one row, due once the moves have stopped a while. Offers are bumped in sorted order, so two
 * transactions moving the same offers never wait on each other in a circle here.
 */
@Component
class OfferOutbox implements StockMoves {

    private static final String BUMP = """
            update offer_outbox set version = version + 1, due_at = :quietDue, moved_at = coalesce(moved_at, :now)
            where offer_id = :offer""";

    private final NamedParameterJdbcTemplate jdbc;
    private final SeparateInsert separately;
    private final Clock clock;
    private final OffersProperties properties;

    OfferOutbox(NamedParameterJdbcTemplate jdbc, SeparateInsert separately, Clock clock, OffersProperties properties) {
        this.jdbc = jdbc;
        this.separately = separately;
        this.clock = clock;
        this.properties = properties;
    }

    @Override
    public void moved(Collection<String> offerIds) {
        List<String> sorted = new ArrayList<>(new TreeSet<>(offerIds));
        LocalDateTime now = DbTime.now(clock);
        List<String> missing = bump(sorted, now);
        if (!missing.isEmpty()) {
            // an offer new to the outbox (a product just imported): its row comes first, on its own,
            // as another transaction may be adding it too
            missing.forEach(offer -> separately.unlessPresent(() -> jdbc.update(
                    "insert into offer_outbox (offer_id) values (:offer)", new MapSqlParameterSource("offer", offer))));
            bump(missing, now);
        }
    }

    private List<String> bump(List<String> offers, LocalDateTime now) {
        SqlParameterSource[] rows = offers.stream().map(offer -> params(offer, now)).toArray(SqlParameterSource[]::new);
        int[] updated = jdbc.batchUpdate(BUMP, rows);
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < updated.length; i++) {
            if (updated[i] == 0) {
                missing.add(offers.get(i));
            }
        }
        return missing;
    }

    private SqlParameterSource params(String offer, LocalDateTime now) {
        return new MapSqlParameterSource("offer", offer)
                .addValue("now", Timestamp.valueOf(now))
                .addValue("quietDue", Timestamp.valueOf(now.plus(properties.quiet())));
    }

    /** An offer due for a push, at the version read. */
    record Due(String offerId, long version, LocalDateTime movedAt, int attempts) {
    }

    /**
     * The offers to push now: all that wait, once the outbox as a whole has been quiet for
     * {@code quiet} (no move anywhere since) or its oldest waiting move is {@code maxDelay} old. A
     * burst of moves over many offers is then one push of full batches, and a steady trickle still
     * reaches ROZETKA within maxDelay. Failed offers wait for their retry time.
     */
    List<Due> due(int limit) {
        LocalDateTime now = DbTime.now(clock);
        return jdbc.query("""
                select offer_id, version, moved_at, attempts from offer_outbox
                where due_at is not null and (retry_at is null or retry_at <= :now)
                  and ((select max(due_at) from offer_outbox where due_at is not null) <= :now
                       or (select min(moved_at) from offer_outbox
                           where due_at is not null and (retry_at is null or retry_at <= :now)) <= :oldest)
                order by offer_id limit :limit""",
                new MapSqlParameterSource("now", Timestamp.valueOf(now))
                        .addValue("oldest", Timestamp.valueOf(now.minus(properties.maxDelay()))).addValue("limit", limit),
                (rs, n) -> new Due(rs.getString(1), rs.getLong(2), rs.getTimestamp(3).toLocalDateTime(), rs.getInt(4)));
    }

    /**
     * The offer's value at {@code version}, read at {@code readAt}, reached ROZETKA. A move since keeps
     * the row due, its first move no earlier than the read.
     */
    void done(Due due, LocalDateTime readAt) {
        MapSqlParameterSource p = new MapSqlParameterSource("offer", due.offerId()).addValue("version", due.version())
                .addValue("readAt", Timestamp.valueOf(readAt));
        if (jdbc.update("""
                update offer_outbox set due_at = null, moved_at = null, retry_at = null, attempts = 0
                where offer_id = :offer and version = :version""", p) == 0) {
            jdbc.update("""
                    update offer_outbox set moved_at = :readAt, retry_at = null, attempts = 0
                    where offer_id = :offer and version <> :version""", p);
        }
    }

    /** The push failed: tried again after a pause that grows with every failure, never dropped. */
    void failed(Due due) {
        int attempts = due.attempts() + 1;
        jdbc.update("update offer_outbox set attempts = :attempts, retry_at = :retry where offer_id = :offer",
                new MapSqlParameterSource("offer", due.offerId()).addValue("attempts", attempts)
                        .addValue("retry", Timestamp.valueOf(DbTime.now(clock).plus(properties.pauseAfter(attempts)))));
    }

    /** Every offer's current value is pushed again (a link just found, a price approved). */
    void again(Collection<String> offerIds) {
        moved(offerIds);
    }

    /** Offers with moves not yet on ROZETKA. */
    int pending() {
        Integer count = jdbc.queryForObject("select count(*) from offer_outbox where due_at is not null",
                new MapSqlParameterSource(), Integer.class);
        return count == null ? 0 : count;
    }
}
