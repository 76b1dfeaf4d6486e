package ua.orderflow.offers;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import ua.orderflow.DbTime;

/**
 * The secret in each shop's price-list URL: 32 random bytes, made on first use, replaced on the
 * desk when the URL leaked (the old one stops at once). The feed's last ETag and when it changed
 * live beside it, so every node answers the same Last-Modified.
 */
@Component
public class FeedTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final Clock clock;

    FeedTokens(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public record Feed(String shopId, String token, LocalDateTime rotatedAt, String etag, LocalDateTime modifiedAt) {
    }

    /** The shop's feed, its token made now if it has none. */
    public Feed of(String shopId) {
        Optional<Feed> feed = find(shopId);
        if (feed.isPresent()) {
            return feed.get();
        }
        try {
            jdbc.sql("insert into offer_feed (shop_id, token, rotated_at) values (:shop, :token, :now)")
                    .param("shop", shopId).param("token", fresh()).param("now", Timestamp.valueOf(DbTime.now(clock)))
                    .update();
        } catch (org.springframework.dao.DuplicateKeyException raced) {
            // another node made it first: theirs it is
        }
        return find(shopId).orElseThrow();
    }

    public Feed rotate(String shopId) {
        of(shopId);
        jdbc.sql("update offer_feed set token = :token, rotated_at = :now where shop_id = :shop").param("shop", shopId)
                .param("token", fresh()).param("now", Timestamp.valueOf(DbTime.now(clock))).update();
        return find(shopId).orElseThrow();
    }

    Optional<Feed> byToken(String token) {
        return jdbc.sql("select shop_id, token, rotated_at, etag, modified_at from offer_feed where token = :token")
                .param("token", token).query(Feed.class).optional();
    }

    /** The feed's content has this hash now: the time it first had it is its Last-Modified. */
    LocalDateTime changed(String shopId, String etag) {
        jdbc.sql("""
                update offer_feed set etag = :etag, modified_at = :now
                where shop_id = :shop and (etag is null or etag <> :etag)""")
                .param("shop", shopId).param("etag", etag).param("now", Timestamp.valueOf(DbTime.now(clock))).update();
        return find(shopId).orElseThrow().modifiedAt();
    }

    private Optional<Feed> find(String shopId) {
        List<Feed> feeds = jdbc.sql("select shop_id, token, rotated_at, etag, modified_at from offer_feed where shop_id = :shop")
                .param("shop", shopId).query(Feed.class).list();
        return feeds.stream().findFirst();
    }

    private static String fresh() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
