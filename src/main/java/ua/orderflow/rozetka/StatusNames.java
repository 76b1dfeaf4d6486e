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
 * hard-coded): fetched once a day per shop, by one caller at a time however many ask at once (a
 * fresh start loads many cards together); while unavailable, a status shows as its number and the
 * list is asked for again a minute later, not on every card.
 */
@Component
public class StatusNames {

    private static final Duration KEEP = Duration.ofDays(1);
    private static final Duration RETRY_AFTER_FAILURE = Duration.ofMinutes(1);

    private final RozetkaClients clients;
    private final Clock clock;
    private final Map<String, Catalogue> catalogues = new ConcurrentHashMap<>();
    private final Map<String, Object> fetchLocks = new ConcurrentHashMap<>();

    public StatusNames(RozetkaClients clients, Clock clock) {
        this.clients = clients;
        this.clock = clock;
    }

    /** What is known of one shop's statuses, and when to ask ROZETKA again. */
    private record Catalogue(Map<Integer, OrderStatus> statuses, Instant askAgainAt) {
    }

    public String nameOf(String shopId, int statusId) {
        OrderStatus status = catalogue(shopId).get(statusId);
        return status == null || status.nameUk() == null ? "Статус " + statusId : status.nameUk();
    }

    /** The name in quotes, as a journal line or a form puts it: «Обробляється менеджером». */
    public String quoted(String shopId, int statusId) {
        return "«" + nameOf(shopId, statusId) + "»";
    }

    /** Several statuses' names, quoted, in the order given: «Немає в наявності», «Немає в наявності / брак». */
    public String quoted(String shopId, java.util.Collection<Integer> statusIds) {
        return statusIds.stream().map(id -> quoted(shopId, id)).collect(Collectors.joining(", "));
    }

    /** Status group (1 processing, 2 success, 3 failed), or 0 when ROZETKA does not list the id. */
    public int groupOf(String shopId, int statusId) {
        OrderStatus status = catalogue(shopId).get(statusId);
        return status == null ? 0 : status.statusGroup();
    }

    private Map<Integer, OrderStatus> catalogue(String shopId) {
        Catalogue known = catalogues.get(shopId);
        if (fresh(known)) {
            return known.statuses();
        }
        synchronized (fetchLocks.computeIfAbsent(shopId, id -> new Object())) {
            // whoever waited here while another caller fetched takes that caller's answer
            known = catalogues.get(shopId);
            if (fresh(known)) {
                return known.statuses();
            }
            Map<Integer, OrderStatus> previous = known == null ? Map.of() : known.statuses();
            try {
                known = new Catalogue(clients.forShop(shopId).orderStatuses().stream()
                        .collect(Collectors.toMap(OrderStatus::id, s -> s, (a, b) -> a)),
                        clock.instant().plus(KEEP));
            } catch (RozetkaException e) {
                known = new Catalogue(previous, clock.instant().plus(RETRY_AFTER_FAILURE));
            }
            catalogues.put(shopId, known);
            return known.statuses();
        }
    }

    private boolean fresh(Catalogue known) {
        return known != null && clock.instant().isBefore(known.askAgainAt());
    }
}
