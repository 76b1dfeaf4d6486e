package ua.orderflow.rozetka;

import org.springframework.stereotype.Service;
import ua.orderflow.rozetka.model.RozetkaOrder;

/**
 * Sets an order's status at ROZETKA, idempotently: when ROZETKA refuses because it already shows the
 * target (a retry after a crash) or the order is final there, the push counts as done. Any other
 * refusal (1005) is an outcome too, with ROZETKA's reason and the status it shows now.
 */
@Service
public class StatusPush {

    private final RozetkaClients clients;
    private final PushMetrics metrics;

    public StatusPush(RozetkaClients clients, PushMetrics metrics) {
        this.clients = clients;
        this.metrics = metrics;
    }

    /**
     * {@code refusal} is ROZETKA's reason when kind is REFUSED; {@code statusAfter} its status now;
     * {@code order} the order as ROZETKA answered the PUT (PUSHED only, else null).
     */
    public record Outcome(Kind kind, int statusBefore, int statusAfter, String refusal, RozetkaOrder order) {
        public enum Kind { PUSHED, ALREADY_THERE, FINAL_UPSTREAM, REFUSED }
    }

    public Outcome push(String shopId, long orderId, int target, String ttn, String sellerComment) {
        return push(shopId, orderId, target, ttn, sellerComment, null);
    }

    /** {@code expand} (may be null) asks ROZETKA to answer the PUT with those parts of the order. */
    public Outcome push(String shopId, long orderId, int target, String ttn, String sellerComment, String expand) {
        Outcome outcome;
        try {
            outcome = attempt(shopId, orderId, target, ttn, sellerComment, expand);
        } catch (RuntimeException e) {
            metrics.failed(shopId, target);
            throw e;
        }
        metrics.pushed(shopId, target, outcome.kind());
        return outcome;
    }

    private Outcome attempt(String shopId, long orderId, int target, String ttn, String sellerComment, String expand) {
        RozetkaClient client = clients.forShop(shopId);
        // PUT first: the usual case costs one call; only a refusal makes us look at ROZETKA's side
        try {
            RozetkaOrder after = expand == null ? client.updateOrder(orderId, target, ttn, sellerComment)
                    : client.updateOrder(orderId, target, ttn, sellerComment, expand);
            return new Outcome(Outcome.Kind.PUSHED, -1, after.status(), null, after);
        } catch (RozetkaException.StatusRefused refused) {
            RozetkaOrder current = client.order(orderId, "");
            if (current.statusGroup() == 2 || current.statusGroup() == 3) {
                return new Outcome(Outcome.Kind.FINAL_UPSTREAM, current.status(), current.status(), null, null);
            }
            boolean ttnMatches = ttn == null || ttn.isBlank() || ttn.equals(current.ttn());
            if (current.status() == target && ttnMatches) {
                return new Outcome(Outcome.Kind.ALREADY_THERE, current.status(), current.status(), null, null);
            }
            return new Outcome(Outcome.Kind.REFUSED, current.status(), current.status(), refused.reason(), null);
        }
    }

    /** A seller comment without a status change: ROZETKA wants a status, so the current one is sent. */
    public void comment(String shopId, long orderId, String sellerComment) {
        if (sellerComment == null || sellerComment.isBlank()) {
            return;
        }
        RozetkaClient client = clients.forShop(shopId);
        RozetkaOrder current = client.order(orderId, "");
        if (current.statusGroup() == 1) {
            client.updateOrder(orderId, current.status(), null, sellerComment);
        }
    }
}
