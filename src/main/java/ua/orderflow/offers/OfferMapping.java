package ua.orderflow.offers;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import ua.orderflow.DbTime;
import ua.orderflow.accounting.Rows;
import ua.orderflow.rozetka.RozetkaClients;
import ua.orderflow.rozetka.model.RozetkaItem;
import ua.orderflow.sync.journal.EventKind;
import ua.orderflow.sync.journal.Severity;
import ua.orderflow.sync.journal.SyncJournal;

/**
 * Links each product to its ROZETKA item (design.md "Accounting": the offer id, then the article):
 * the item whose {@code price_offer_id} is our offer id, else the one item with our article. A
 * product with no match, or an article two items share, stays unlinked, and an item no product
 * matches stays alone: both are journalled and shown on the desk, never guessed.
 */
@Service
public class OfferMapping {

    private static final Logger log = LoggerFactory.getLogger(OfferMapping.class);
    static final String BY_OFFER_ID = "OFFER_ID";
    static final String BY_ARTICLE = "ARTICLE";

    private final RozetkaClients rozetka;
    private final NamedParameterJdbcTemplate jdbc;
    private final OfferLinks links;
    private final OfferOutbox outbox;
    private final SyncJournal journal;
    private final Clock clock;
    private final TransactionTemplate transactions;

    OfferMapping(RozetkaClients rozetka, NamedParameterJdbcTemplate jdbc, OfferLinks links, OfferOutbox outbox,
            SyncJournal journal, Clock clock, PlatformTransactionManager transactionManager) {
        this.transactions = new TransactionTemplate(transactionManager);
        this.rozetka = rozetka;
        this.jdbc = jdbc;
        this.links = links;
        this.outbox = outbox;
        this.journal = journal;
        this.clock = clock;
    }

    public record Result(int linked, int unlinkedProducts, int itemsWithoutProduct) {
    }

    /** Reads the shop's items from ROZETKA and links them; ROZETKA unreachable throws and changes nothing. */
    public Result refresh(String shopId) {
        List<RozetkaItem> items = rozetka.goods(shopId).all();
        return transactions.execute(tx -> apply(shopId, items));
    }

    private Result apply(String shopId, List<RozetkaItem> items) {
        remember(shopId, items);
        Map<String, RozetkaItem> byOfferId = new HashMap<>();
        Map<String, List<RozetkaItem>> byArticle = new HashMap<>();
        for (RozetkaItem item : items) {
            if (item.priceOfferId() != null && !item.priceOfferId().isBlank()) {
                byOfferId.putIfAbsent(item.priceOfferId(), item);
            }
            if (item.article() != null && !item.article().isBlank()) {
                byArticle.computeIfAbsent(item.article(), a -> new ArrayList<>()).add(item);
            }
        }
        Map<String, OfferLinks.Link> known = links.all(shopId).stream()
                .collect(Collectors.toMap(OfferLinks.Link::offerId, l -> l));
        Set<Long> taken = new HashSet<>();
        List<String> relinked = new ArrayList<>();
        int linked = 0;
        int unlinked = 0;
        for (Map<String, Object> product : jdbc.queryForList("select offer_id, article, name from product order by offer_id",
                new MapSqlParameterSource())) {
            String offerId = (String) product.get("offer_id");
            String article = (String) product.get("article");
            RozetkaItem match = byOfferId.get(offerId);
            String by = BY_OFFER_ID;
            if (match == null && article != null && byArticle.getOrDefault(article, List.of()).size() == 1) {
                match = byArticle.get(article).get(0);
                by = BY_ARTICLE;
            }
            if (match != null && !taken.add(match.rzItemId())) {
                match = null;
            }
            OfferLinks.Link before = known.get(offerId);
            Long item = match == null ? null : match.rzItemId();
            if (before == null || !Objects.equals(before.rzItemId(), item)) {
                links.link(shopId, offerId, item, match == null ? null : by);
                if (item != null) {
                    relinked.add(offerId);
                } else {
                    journal.record(null, shopId, null, EventKind.OFFER_UNLINKED, Severity.WARN,
                            "Товар " + offerId + " «" + product.get("name") + "» не знайдено серед товарів ROZETKA"
                                    + " (ні за price_offer_id, ні за артикулом): залишки й ціни для нього не надсилаються",
                            null);
                }
            }
            if (item == null) {
                unlinked++;
            } else {
                linked++;
            }
        }
        int alone = 0;
        for (RozetkaItem item : items) {
            if (!taken.contains(item.rzItemId())) {
                alone++;
            }
        }
        journalNewItemsWithoutProduct(shopId, items, taken);
        // a new link gets the books' numbers at once
        outbox.again(relinked);
        log.info("Shop {}: {} products linked to ROZETKA items, {} unlinked, {} ROZETKA items without a product",
                shopId, linked, unlinked, alone);
        return new Result(linked, unlinked, alone);
    }

    private void remember(String shopId, List<RozetkaItem> items) {
        jdbc.update("delete from rozetka_item where shop_id = :shop", new MapSqlParameterSource("shop", shopId));
        Timestamp now = Timestamp.valueOf(DbTime.now(clock));
        jdbc.batchUpdate("""
                insert into rozetka_item (shop_id, rz_item_id, price_offer_id, article, name, price, stock_quantity, seen_at)
                values (:shop, :item, :offer, :article, :name, :price, :stock, :now)""",
                items.stream().map(i -> (SqlParameterSource) new MapSqlParameterSource("shop", shopId)
                        .addValue("item", i.rzItemId()).addValue("offer", clip(i.priceOfferId(), 100))
                        .addValue("article", clip(i.article(), 100)).addValue("name", clip(i.shownName(), 500))
                        .addValue("price", i.price()).addValue("stock", i.stockQuantity()).addValue("now", now))
                        .toArray(SqlParameterSource[]::new));
    }

    /** Each lone item is journalled once, the first time a read finds it so. */
    private void journalNewItemsWithoutProduct(String shopId, List<RozetkaItem> items, Set<Long> taken) {
        Set<String> told = new HashSet<>(jdbc.queryForList("""
                select message from sync_event where shop_id = :shop and kind = 'ITEM_WITHOUT_PRODUCT'""",
                new MapSqlParameterSource("shop", shopId), String.class));
        for (RozetkaItem item : items) {
            if (taken.contains(item.rzItemId())) {
                continue;
            }
            String message = "Товар ROZETKA " + item.rzItemId() + " «" + item.shownName() + "» (price_offer_id "
                    + (item.priceOfferId() == null ? "—" : item.priceOfferId()) + ") не відповідає жодному товару"
                    + " каталогу: додайте його до каталогу або приберіть з ROZETKA";
            if (told.add(message)) {
                journal.record(null, shopId, null, EventKind.ITEM_WITHOUT_PRODUCT, Severity.WARN, message, null);
            }
        }
    }

    private static String clip(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    /** Products not linked on this shop, and the shop's items no product matches, for the desk. */
    public record Unmatched(List<Map<String, Object>> products, List<Map<String, Object>> items) {
    }

    public Unmatched unmatched(String shopId) {
        MapSqlParameterSource shop = new MapSqlParameterSource("shop", shopId);
        List<Map<String, Object>> products = jdbc.queryForList("""
                select p.offer_id, p.article, p.name from product p
                left join offer_link l on l.offer_id = p.offer_id and l.shop_id = :shop
                where l.rz_item_id is null order by p.offer_id""", shop);
        List<Map<String, Object>> items = jdbc.queryForList("""
                select i.rz_item_id, i.price_offer_id, i.article, i.name, i.price, i.stock_quantity from rozetka_item i
                where i.shop_id = :shop and not exists (
                    select 1 from offer_link l where l.shop_id = i.shop_id and l.rz_item_id = i.rz_item_id)
                order by i.rz_item_id""", shop);
        return new Unmatched(Rows.lowerCaseKeys(products), Rows.lowerCaseKeys(items));
    }
}
