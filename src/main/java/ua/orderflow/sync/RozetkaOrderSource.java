package ua.orderflow.sync;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;
import ua.orderflow.rozetka.RozetkaClient;
import ua.orderflow.rozetka.RozetkaClients;
import ua.orderflow.rozetka.RozetkaException;
import ua.orderflow.rozetka.model.OrderSearch;
import ua.orderflow.rozetka.model.RozetkaOrder;
import ua.orderflow.sync.change.OrderView;

/** The sync's view of ROZETKA through the Seller API client. */
@Component
public class RozetkaOrderSource implements OrderSource {

    private final RozetkaClients clients;

    public RozetkaOrderSource(RozetkaClients clients) {
        this.clients = clients;
    }

    /**
     * Searches from the start of the window's first day (a time part is documented only for
     * created_*): by {@code changed}, and while a parcel is with a carrier also by the last status
     * change, which catches what carrier tracking moved should tracking leave {@code changed} alone
     * (unverified, reference §3). Without a parcel on the way, the second search would only repeat
     * the first one's pages.
     */
    @Override
    public void changedOrders(String shopId, LocalDateTime fromKyiv, LocalDateTime toKyiv, boolean carrierMayMove,
            Consumer<Page> consumer) {
        RozetkaClient client = clients.forShop(shopId);
        Set<Long> seen = new HashSet<>();
        List<OrderSearch> searches = carrierMayMove
                ? List.of(OrderSearch.changedSince(fromKyiv.toLocalDate()), OrderSearch.statusUpdatedSince(fromKyiv.toLocalDate()))
                : List.of(OrderSearch.changedSince(fromKyiv.toLocalDate()));
        for (OrderSearch search : searches) {
            readEveryPage(client, search, seen, consumer);
        }
    }

    /** Hands on each page of one search, leaving out the orders an earlier search of the run handed on. */
    private static void readEveryPage(RozetkaClient client, OrderSearch search, Set<Long> seen,
            Consumer<Page> consumer) {
        reachable(() -> {
            RozetkaClient.Walk walk = client.forEachPage(search, page -> {
                List<OrderView> orders = new ArrayList<>();
                List<MalformedOrder> malformed = new ArrayList<>();
                for (JsonNode node : page.orders()) {
                    if (node.hasNonNull("id") && !seen.add(node.path("id").asLong())) {
                        continue;
                    }
                    try {
                        orders.add(OrderViews.of(client.read(node)));
                    } catch (IllegalArgumentException | NullPointerException e) {
                        Long id = node.hasNonNull("id") ? node.path("id").asLong() : null;
                        malformed.add(new MalformedOrder(id, e.getMessage(), node.toString()));
                    }
                }
                consumer.accept(new Page(page.currentPage(), page.pageCount(), orders, malformed));
            });
            if (!walk.complete()) {
                // the run goes on with what it read, and is marked with warnings for the rest
                consumer.accept(new Page(walk.pagesRead(), walk.pageCount(), List.of(),
                        List.of(MalformedOrder.pagingStopped(walk.stoppedBecause()))));
            }
            return null;
        });
    }

    @Override
    public Optional<OrderView> order(String shopId, long orderId) {
        try {
            return reachable(() -> Optional.of(OrderViews.of(
                    clients.forShop(shopId).order(orderId, OrderSearch.FULL_EXPAND))));
        } catch (RozetkaException.NotFound e) {
            return Optional.empty();
        }
    }

    @Override
    public long countNew(String shopId) {
        return reachable(() -> clients.forShop(shopId).countsNew().newOrders());
    }

    /** Unreachable, refusing our login or erring: the run cannot trust what it saw, so it fails. */
    private static <T> T reachable(java.util.function.Supplier<T> call) {
        try {
            return call.get();
        } catch (RozetkaException.NotFound e) {
            throw e;
        } catch (RozetkaException.RateLimited e) {
            throw new SourceRateLimitedException(e.getMessage(), e.retryAfter().orElse(null), e);
        } catch (RozetkaException.Garbled e) {
            throw new SourceGarbledException(e.getMessage(), e.reason(), e);
        } catch (RozetkaException e) {
            throw new SourceUnavailableException(e.getMessage(), e);
        }
    }

    /** Reads what the desk needs from ROZETKA's order. */
    static final class OrderViews {

        private OrderViews() {
        }

        static OrderView of(RozetkaOrder o) {
            RozetkaOrder.Delivery d = o.delivery();
            RozetkaOrder.Payment p = o.payment();
            List<OrderView.Line> lines = o.purchases().stream().filter(RozetkaOrder.Purchase::active)
                    .map(line -> new OrderView.Line(line.id(), line.itemId(), line.offerId(),
                            line.item() == null ? null : line.item().article(), line.itemName(), line.quantity(),
                            line.priceWithDiscount() != null ? line.priceWithDiscount() : line.price(),
                            line.costWithDiscount() != null ? line.costWithDiscount() : line.cost(),
                            line.isAdditionalItem()))
                    .toList();
            return new OrderView(o.id(), o.created(), o.changed(), o.status(), o.statusGroup(), o.ttn(),
                    o.callbackOff(), customerName(o), o.userPhone(), o.user() == null ? null : o.user().realEmail(),
                    o.comment(),
                    p == null ? null : p.paymentType(),
                    p == null ? null : p.paymentMethodName(),
                    p == null || p.paymentStatus() == null ? null : p.paymentStatus().statusPaymentId(),
                    d == null ? null : d.deliveryServiceName(),
                    d == null ? null : d.deliveryMethodId(),
                    d == null || d.city() == null ? null : d.city().name(),
                    d == null ? null : place(d),
                    d == null ? null : d.cost(),
                    o.costWithDiscount(),
                    lines);
        }

        private static String customerName(RozetkaOrder o) {
            if (o.userTitle() != null && o.userTitle().fullName() != null && !o.userTitle().fullName().isBlank()) {
                return o.userTitle().fullName();
            }
            return o.user() == null ? null : o.user().contactFio();
        }

        private static String place(RozetkaOrder.Delivery d) {
            if (d.placeNumber() != null && !d.placeNumber().isBlank()) {
                return "відділення № " + d.placeNumber();
            }
            String street = String.join(" ", nonBlank(d.placeStreet()), nonBlank(d.placeHouse())).trim();
            return street.isEmpty() ? null : street + (d.placeFlat() == null || d.placeFlat().isBlank() ? ""
                    : ", кв. " + d.placeFlat());
        }

        private static String nonBlank(String text) {
            return text == null ? "" : text;
        }
    }
}
