package ua.orderflow.rozetka;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import ua.orderflow.rozetka.model.OrderStatus;

/**
 * ROZETKA's Ukrainian status names, as ROZETKA itself lists them (names drift, so they are not
 * hard-coded): fetched once a day per shop; while unavailable, a status shows as its number.
 */
@Component
public class StatusNames {

    private static final Duration KEEP = Duration.ofDays(1);

    private final RozetkaClients clients;
    private final Clock clock;
    private final Map<String, Catalogue> catalogues = new ConcurrentHashMap<>();

    public StatusNames(RozetkaClients clients, Clock clock) {
        this.clients = clients;
        this.clock = clock;
    }

    private record Catalogue(Map<Integer, OrderStatus> statuses, Instant fetched) {
    }

    public String nameOf(String shopId, int statusId) {
        OrderStatus status = catalogue(shopId).get(statusId);
        return status == null || status.nameUk() == null ? "Статус " + statusId : status.nameUk();
    }

    /** Status group (1 processing, 2 success, 3 failed), or 0 when ROZETKA does not list the id. */
    public int groupOf(String shopId, int statusId) {
        OrderStatus status = catalogue(shopId).get(statusId);
        return status == null ? 0 : status.statusGroup();
    }

    private Map<Integer, OrderStatus> catalogue(String shopId) {
        Catalogue cached = catalogues.get(shopId);
        if (cached == null || cached.fetched().plus(KEEP).isBefore(clock.instant())) {
            try {
                cached = new Catalogue(clients.forShop(shopId).orderStatuses().stream()
                        .collect(Collectors.toMap(OrderStatus::id, s -> s, (a, b) -> a)), clock.instant());
                catalogues.put(shopId, cached);
            } catch (RozetkaException e) {
                return cached == null ? Map.of() : cached.statuses();
            }
        }
        return cached.statuses();
    }
}
