package ua.orderflow.offers;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import ua.orderflow.DbTime;
import ua.orderflow.desk.Formats;
import ua.orderflow.rozetka.RozetkaClients;
import ua.orderflow.rozetka.RozetkaException;
import ua.orderflow.rozetka.RozetkaGoods;
import ua.orderflow.rozetka.model.ItemUpdate;
import ua.orderflow.shop.Shop;
import ua.orderflow.shop.Shops;
import ua.orderflow.sync.journal.EventKind;
import ua.orderflow.sync.journal.Severity;
import ua.orderflow.sync.journal.SyncJournal;

/**
 * Drains the outbox to ROZETKA: the offers due, their numbers read from the books after their
 * versions, only what changed since the last push, {@code batch} offers a mass-update call. A call
 * that fails leaves its offers due for a retry; an item ROZETKA rejects is journalled with its
 * reason; a price beyond ROZETKA's moderation bounds is held for the desk while the stock goes on.
 */
@Service
public class OfferPusher {

    private static final Logger log = LoggerFactory.getLogger(OfferPusher.class);
    private static final int ROUNDS = 10;

    private final OfferOutbox outbox;
    private final OfferNumbers numbers;
    private final OfferLinks links;
    private final PushLock lock;
    private final RozetkaClients rozetka;
    private final Shops shops;
    private final SyncJournal journal;
    private final OffersProperties properties;
    private final Clock clock;
    private final Formats formats;
    private final TransactionTemplate holdingTheLock;
    private final TransactionTemplate separately;
    private final Timer latency;
    private final Counter calls;

    OfferPusher(OfferOutbox outbox, OfferNumbers numbers, OfferLinks links, PushLock lock, RozetkaClients rozetka,
            Shops shops, SyncJournal journal, OffersProperties properties, Clock clock, Formats formats,
            PlatformTransactionManager transactions, MeterRegistry registry) {
        this.outbox = outbox;
        this.numbers = numbers;
        this.links = links;
        this.lock = lock;
        this.rozetka = rozetka;
        this.shops = shops;
        this.journal = journal;
        this.properties = properties;
        this.clock = clock;
        this.formats = formats;
        this.holdingTheLock = new TransactionTemplate(transactions);
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.latency = Timer.builder("orderflow.offers.push.latency")
                .description("From the first stock or price move of an offer to ROZETKA taking its value")
                .publishPercentiles(0.5, 0.99).register(registry);
        this.calls = Counter.builder("orderflow.offers.push.calls")
                .description("Mass-update calls to ROZETKA, failed ones included").register(registry);
    }

    /** What one drain did; {@code busy} when another node was pushing and this one let it. */
    public record Drain(boolean busy, int offers, int calls, int pushed, int rejected, int failed) {

        static final Drain BUSY = new Drain(true, 0, 0, 0, 0, 0);

        Drain plus(Drain o) {
            return new Drain(busy, offers + o.offers, calls + o.calls, pushed + o.pushed, rejected + o.rejected,
                    failed + o.failed);
        }
    }

    /**
     * Pushes what is due, holding the push lock all along (results are written in transactions of
     * their own, so stock moves never wait for ROZETKA's answer).
     */
    public Drain drain() {
        return holdingTheLock.execute(tx -> {
            if (!lock.tryTake()) {
                return Drain.BUSY;
            }
            int limit = properties.batch() * 10;
            Drain total = new Drain(false, 0, 0, 0, 0, 0);
            for (int round = 0; round < ROUNDS; round++) {
                List<OfferOutbox.Due> due = outbox.due(limit);
                if (due.isEmpty()) {
                    break;
                }
                total = total.plus(push(due));
                if (due.size() < limit) {
                    break;
                }
            }
            return total;
        });
    }

    private record Pending(OfferOutbox.Due due, ItemUpdate update, boolean priceSent) {
    }

    private Drain push(List<OfferOutbox.Due> due) {
        LocalDateTime readAt = DbTime.now(clock);
        List<String> ids = due.stream().map(OfferOutbox.Due::offerId).toList();
        Map<String, OfferNumbers.Offer> offers = numbers.of(ids).stream()
                .collect(Collectors.toMap(OfferNumbers.Offer::offerId, Function.identity()));
        Set<String> failed = new HashSet<>();
        Drain result = new Drain(false, due.size(), 0, 0, 0, 0);
        for (Shop shop : shops.shops()) {
            List<Pending> pending = pending(shop.id(), due, offers);
            for (int from = 0; from < pending.size(); from += properties.batch()) {
                List<Pending> batch = pending.subList(from, Math.min(from + properties.batch(), pending.size()));
                result = result.plus(send(shop.id(), batch, failed));
            }
        }
        separately.executeWithoutResult(tx -> due.forEach(d -> {
            if (failed.contains(d.offerId())) {
                outbox.failed(d);
            } else {
                outbox.done(d, readAt);
            }
        }));
        return result;
    }

    /** The updates this shop needs: linked offers whose numbers differ from what it was last sent. */
    private List<Pending> pending(String shopId, List<OfferOutbox.Due> due, Map<String, OfferNumbers.Offer> offers) {
        Map<String, OfferLinks.Link> linked = links.of(shopId, offers.keySet());
        Map<Long, BigDecimal> listed = links.listedPrices(shopId, linked.values().stream()
                .map(OfferLinks.Link::rzItemId).filter(Objects::nonNull).toList());
        List<Pending> pending = new ArrayList<>();
        for (OfferOutbox.Due d : due) {
            OfferNumbers.Offer offer = offers.get(d.offerId());
            OfferLinks.Link link = linked.get(d.offerId());
            if (offer == null || link == null || link.rzItemId() == null) {
                continue;
            }
            Integer stock = Objects.equals(link.pushedStock(), offer.available()) ? null : offer.available();
            boolean priceSent = offer.price() != null && (!same(offer.price(), link.pushedPrice())
                    || !same(offer.priceOld(), link.pushedPriceOld()) || !same(offer.pricePromo(), link.pushedPricePromo()));
            BigDecimal base = link.pushedPrice() != null ? link.pushedPrice() : listed.get(link.rzItemId());
            if (priceSent && !same(offer.price(), base) && PriceBounds.beyond(base, offer.price())
                    && !same(offer.price(), link.approvedPrice())) {
                priceSent = false;
                separately.executeWithoutResult(tx -> held(shopId, offer, base));
            }
            ItemUpdate update = new ItemUpdate(link.rzItemId(), stock, priceSent ? offer.price() : null,
                    priceSent ? orClear(offer.priceOld(), link.pushedPriceOld()) : null,
                    priceSent ? orClear(offer.pricePromo(), link.pushedPricePromo()) : null);
            if (!update.empty()) {
                pending.add(new Pending(d, update, priceSent));
            }
        }
        return pending;
    }

    private void held(String shopId, OfferNumbers.Offer offer, BigDecimal base) {
        if (links.hold(shopId, offer.offerId(), offer.price())) {
            journal.record(null, shopId, null, EventKind.OFFER_PRICE_HELD, Severity.WARN,
                    "Нова ціна " + offer.offerId() + " «" + offer.name() + "» " + formats.money(offer.price())
                            + " замість " + formats.money(base) + " виходить за межі модерації ROZETKA (більше ніж"
                            + " у 1,5 раза вгору або вдвічі вниз): не надіслано, підтвердьте на сторінці «Залишки»",
                    null);
        }
    }

    private Drain send(String shopId, List<Pending> batch, Set<String> failed) {
        RozetkaGoods goods = rozetka.goods(shopId);
        calls.increment();
        Map<Long, String> rejected;
        try {
            rejected = goods.massUpdate(batch.stream().map(Pending::update).toList());
        } catch (RozetkaException e) {
            batch.forEach(p -> failed.add(p.due().offerId()));
            String why = "ROZETKA не прийняла оновлення залишків і цін (" + e.getMessage() + "); повтор автоматично";
            log.warn("Shop {}: mass-update of {} items failed ({}); they stay in the outbox", shopId, batch.size(),
                    e.getMessage());
            separately.executeWithoutResult(tx -> {
                batch.forEach(p -> links.failed(shopId, p.due().offerId(), why));
                if (batch.stream().anyMatch(p -> p.due().attempts() == 0)) {
                    journal.record(null, shopId, null, EventKind.OFFER_PUSH_FAILED, Severity.WARN,
                            why + ": " + batch.size() + " товарів чекають", null);
                }
            });
            return new Drain(false, 0, 1, 0, 0, batch.size());
        }
        LocalDateTime now = DbTime.now(clock);
        separately.executeWithoutResult(tx -> batch.forEach(p -> {
            String offerId = p.due().offerId();
            String reason = rejected.get(p.update().rzItemId());
            if (reason != null) {
                links.failed(shopId, offerId, reason);
                journal.record(null, shopId, null, EventKind.OFFER_PUSH_REJECTED, Severity.WARN,
                        "ROZETKA відхилила залишок або ціну товару " + offerId + " (товар ROZETKA "
                                + p.update().rzItemId() + "): " + reason, null);
            } else {
                ItemUpdate u = p.update();
                links.pushed(shopId, offerId, p.due().version(), u.stockQuantity(), u.price(),
                        cleared(u.priceOld()), cleared(u.pricePromo()), p.priceSent());
                latency.record(Duration.between(p.due().movedAt(), now));
            }
        }));
        int refused = (int) batch.stream().filter(p -> rejected.containsKey(p.update().rzItemId())).count();
        return new Drain(false, 0, 1, batch.size() - refused, refused, 0);
    }

    private static boolean same(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    /** A price the catalogue no longer has is cleared on ROZETKA (-1), if ROZETKA was given one. */
    private static BigDecimal orClear(BigDecimal wanted, BigDecimal pushed) {
        return wanted != null ? wanted : pushed != null ? ItemUpdate.CLEAR : null;
    }

    private static BigDecimal cleared(BigDecimal sent) {
        return sent != null && sent.signum() < 0 ? null : sent;
    }
}
