package ua.orderflow.sync;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import ua.orderflow.accounting.Shipments;
import ua.orderflow.order.AfterShipment;
import ua.orderflow.order.OrderSettings;
import ua.orderflow.order.OrderStage;
import ua.orderflow.order.StageMapping;
import ua.orderflow.rozetka.PaymentStatusNames;
import ua.orderflow.rozetka.StatusNames;
import ua.orderflow.sync.change.OrderChanges;
import ua.orderflow.sync.change.OrderView;
import ua.orderflow.sync.journal.EventKind;
import ua.orderflow.sync.journal.Severity;
import ua.orderflow.sync.journal.SyncJournal;

/**
 * What an order's changes at ROZETKA mean for us: the journal lines that record them and the
 * messages its process instance is to get. The caller decides whether the messages go out: a read
 * the instance made itself (at confirmation) records the changes but tells it nothing.
 */
@Component
public class UpstreamChanges {

    public static final String ORDER_CANCELLED = "OrderCancelled";
    public static final String ORDER_STATUS_CHANGED = "OrderStatusChanged";
    public static final String ORDER_ITEMS_CHANGED = "OrderItemsChanged";
    public static final String PAYMENT_STATUS_CHANGED = "PaymentStatusChanged";

    /** A message for the order's instance. */
    public record Message(String name, Map<String, Object> variables) {
    }

    private final SyncJournal journal;
    private final Shipments shipments;
    private final OrderSettings settings;
    private final ObjectMapper json;
    private final StatusNames names;
    private final StageMapping stages;

    public UpstreamChanges(SyncJournal journal, Shipments shipments, OrderSettings settings, ObjectMapper json,
            StatusNames names, StageMapping stages) {
        this.names = names;
        this.stages = stages;
        this.journal = journal;
        this.shipments = shipments;
        this.settings = settings;
        this.json = json;
    }

    /** Journals {@code changes} from {@code before} to {@code order}, now at {@code stage}; returns the messages they call for. */
    public List<Message> record(Long runId, String shopId, OrderView before, OrderView order, OrderStage stage,
            OrderChanges changes) {
        List<Message> messages = new ArrayList<>();
        long id = order.id();
        if (changes.statusChanged()) {
            Map<String, Object> vars = Map.of("rozetkaStatus", order.status(), "ttn", order.ttn());
            if (order.statusGroup() == 3) {
                // shipped goods the status does not bring back are a supervisor's case, not a return
                boolean stranded = shipments.hasShipped(shopId, id) && !AfterShipment.goodsComeBack(order.status());
                journal.record(runId, shopId, id, EventKind.CANCELLED_UPSTREAM, stranded ? Severity.WARN : Severity.INFO,
                        "Замовлення " + id + " скасовано в ROZETKA: " + names.quoted(shopId, order.status()) + (stranded
                                ? " після відправлення, а товар не повернувся: рішення за керівником" : ""), null);
                messages.add(new Message(ORDER_CANCELLED, withCancelStatus(vars, order.status())));
            } else {
                String move = names.quoted(shopId, changes.oldStatus()) + " → " + names.quoted(shopId, changes.newStatus());
                String attention = attention(before, order, stage);
                boolean shippedOutside = stage.isShipped() && !shipments.hasShipped(shopId, id);
                journal.record(runId, shopId, id, EventKind.STATUS_CHANGED,
                        attention == null && !shippedOutside ? Severity.INFO : Severity.WARN,
                        shippedOutside ? "Замовлення " + id + " відправлено поза Order Flow: " + ttnText(order.ttn())
                                + ", статус у ROZETKA " + move
                                : "Статус замовлення " + id + " у ROZETKA: " + move
                                        + (attention == null ? "" : ": " + attention),
                        write(Map.of("from", changes.oldStatus(), "to", changes.newStatus())));
                // up to confirmation the process sets the statuses itself (ROZETKA shows our own
                // pushes back); from shipment on, ROZETKA and the carrier move the order
                if (stage.isShipped()) {
                    messages.add(new Message(ORDER_STATUS_CHANGED, vars));
                }
            }
        } else if (changes.ttnChanged()) {
            journal.record(runId, shopId, id, EventKind.TTN_CHANGED, Severity.INFO,
                    "ТТН замовлення " + id + ": «" + before.ttn() + "» → «" + order.ttn() + "»", null);
            // before shipment a TTN alone ships nothing: the process would take the message for a shipment
            if (stage.isShipped()) {
                messages.add(new Message(ORDER_STATUS_CHANGED, Map.of("rozetkaStatus", order.status(), "ttn", order.ttn())));
            }
        }
        if (order.statusGroup() == 3) {
            return messages;
        }
        if (changes.itemsChanged()) {
            List<String> lines = new ArrayList<>();
            changes.lineChanges().forEach(c -> lines.add(c.describe()));
            String summary = String.join("; ", lines);
            journal.record(runId, shopId, id, EventKind.ITEMS_CHANGED, Severity.INFO,
                    "Товари замовлення " + id + " змінено в ROZETKA: " + summary, write(changes.lineChanges()));
            messages.add(new Message(ORDER_ITEMS_CHANGED, Map.of("itemChanges", summary)));
        }
        if (changes.paymentStatusChanged() && order.paymentStatusId() != null) {
            journal.record(runId, shopId, id, EventKind.PAYMENT_CHANGED, Severity.INFO,
                    "Статус оплати замовлення " + id + ": " + PaymentStatusNames.quoted(before.paymentStatusId()) + " → "
                            + PaymentStatusNames.quoted(order.paymentStatusId()), null);
            // the gateway after confirmation reads paymentPending, as the card read at confirmation wrote it
            messages.add(new Message(PAYMENT_STATUS_CHANGED, Map.of("paymentStatusId", order.paymentStatusId(),
                    "paymentPending", order.awaitsCardPayment(), "paymentText", OrderCards.payment(order))));
        }
        return messages;
    }

    /**
     * An order whose status ROZETKA no longer lists as shipped, or does not list at all, stays after
     * shipment once its goods have left: an unknown status is never a way back to processing.
     */
    public OrderStage stageAfterShipment(String shopId, long orderId, OrderStage mapped) {
        return !mapped.isShipped() && !mapped.isFinal() && shipments.hasShipped(shopId, orderId) ? OrderStage.SHIPPED
                : mapped;
    }

    /** What a person should know of this move, for the journal; null: nothing. */
    private String attention(OrderView before, OrderView order, OrderStage stage) {
        if (stage.isShipped()) {
            return attentionAfterShipment(order.status());
        }
        OrderStage was = stages.stageOf(before.status(), before.statusGroup());
        if (!stage.isFinal() && !was.isFinal() && stage.ordinal() < was.ordinal()) {
            // the process never moves back with ROZETKA: someone in the seller cabinet did, a person decides
            return "статус повернувся на попередній етап «" + StageNames.of(stage.name())
                    + "», Order Flow його не змінює: перевірте замовлення";
        }
        return null;
    }

    /** What the process will ask of people for this status after shipment, for the journal; null: nothing. */
    private String attentionAfterShipment(int status) {
        if (settings.isIncorrectTtn(status)) {
            return "некоректний ТТН, менеджеру відкрито задачу виправити ТТН";
        }
        if (settings.needsAttentionAfterShipment(status)) {
            return (AfterShipment.isReturning(status) ? "товар повертається продавцю"
                    : "невідомий статус після відправлення") + ", керівнику відкрито задачу";
        }
        return null;
    }

    private static String ttnText(String ttn) {
        return ttn == null || ttn.isBlank() ? "без ТТН (власний кур'єр)" : "ТТН " + ttn;
    }

    private static Map<String, Object> withCancelStatus(Map<String, Object> vars, int status) {
        Map<String, Object> all = new HashMap<>(vars);
        all.put("cancelStatus", status);
        all.put("cancelledHere", false);
        return all;
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON for " + value.getClass().getSimpleName(), e);
        }
    }
}
