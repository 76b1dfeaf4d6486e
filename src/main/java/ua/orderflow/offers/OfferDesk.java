package ua.orderflow.offers;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the desk shows and does about offers: the stock page's rows, held prices, the feed's token. */
@Service
public class OfferDesk {

    private final OfferNumbers numbers;
    private final OfferLinks links;
    private final OfferOutbox outbox;
    private final FeedTokens feeds;
    private final OfferMapping mapping;
    private final OffersProperties properties;
    private final JdbcClient jdbc;

    OfferDesk(OfferNumbers numbers, OfferLinks links, OfferOutbox outbox, FeedTokens feeds, OfferMapping mapping,
            OffersProperties properties, JdbcClient jdbc) {
        this.numbers = numbers;
        this.links = links;
        this.outbox = outbox;
        this.feeds = feeds;
        this.mapping = mapping;
        this.properties = properties;
        this.jdbc = jdbc;
    }

    /** One product on the stock page: the books, what ROZETKA was last sent and when, and any trouble. */
    public record Row(String offerId, String name, int onHand, int reserved, int available, Long rzItemId,
            Integer pushedStock, LocalDateTime pushedAt, boolean waiting, BigDecimal price, BigDecimal pushedPrice,
            BigDecimal heldPrice, String lastError, LocalDateTime errorAt, boolean lowStock) {
    }

    public List<Row> rows(String shopId) {
        Map<String, OfferLinks.Link> linked = links.all(shopId).stream()
                .collect(Collectors.toMap(OfferLinks.Link::offerId, l -> l));
        Set<String> waiting = Set.copyOf(jdbc.sql("select offer_id from offer_outbox where due_at is not null")
                .query(String.class).list());
        return numbers.all().stream().map(o -> {
            OfferLinks.Link l = linked.get(o.offerId());
            return new Row(o.offerId(), o.name(), o.onHand(), o.reserved(), o.available(),
                    l == null ? null : l.rzItemId(), l == null ? null : l.pushedStock(), l == null ? null : l.pushedAt(),
                    waiting.contains(o.offerId()), o.price(), l == null ? null : l.pushedPrice(),
                    l == null ? null : l.heldPrice(), l == null ? null : l.lastError(), l == null ? null : l.errorAt(),
                    o.available() <= properties.lowStock());
        }).toList();
    }

    /** Offers at or below the low-stock mark, fewest first. */
    public List<Row> lowStock(String shopId) {
        return rows(shopId).stream().filter(Row::lowStock)
                .sorted(java.util.Comparator.comparingInt(Row::available).thenComparing(Row::offerId)).toList();
    }

    public int lowStockMark() {
        return properties.lowStock();
    }

    /** Sends a held price on to ROZETKA (and its moderation); false when no price is held. */
    @Transactional
    public boolean approvePrice(String shopId, String offerId) {
        if (!links.approve(shopId, offerId)) {
            return false;
        }
        outbox.again(List.of(offerId));
        return true;
    }

    public FeedTokens.Feed feed(String shopId) {
        return feeds.of(shopId);
    }

    public FeedTokens.Feed rotateFeed(String shopId) {
        return feeds.rotate(shopId);
    }

    public OfferMapping.Unmatched unmatched(String shopId) {
        return mapping.unmatched(shopId);
    }

    public OfferMapping.Result relink(String shopId) {
        return mapping.refresh(shopId);
    }
}
