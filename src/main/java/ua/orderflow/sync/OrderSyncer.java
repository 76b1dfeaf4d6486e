package ua.orderflow.sync;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import ua.orderflow.order.OrderStage;
import ua.orderflow.order.StageMapping;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import ua.orderflow.rozetka.StatusNames;
import ua.orderflow.sync.change.ChangeDetector;
import ua.orderflow.sync.change.OrderChanges;
import ua.orderflow.sync.change.OrderView;
import ua.orderflow.sync.inbox.Inbox;
import ua.orderflow.sync.inbox.InboxMessage;
import ua.orderflow.sync.intake.MarketplaceOrders;
import ua.orderflow.sync.intake.StoredOrder;
import ua.orderflow.sync.journal.EventKind;
import ua.orderflow.sync.journal.Severity;
import ua.orderflow.sync.journal.SyncJournal;

/**
 * Brings one ROZETKA order into line: imports it if new (row and instance in one transaction), or
 * compares it with its snapshot and hands the instance what changed. Each order commits on its own.
 */
@Service
public class OrderSyncer {

    public enum Result { IMPORTED, UPDATED, UNCHANGED, SKIPPED }

    private final MarketplaceOrders orders;
    private final OrderLifecycle lifecycle;
    private final ChangeDetector detector;
    private final UpstreamChanges upstream;
    private final StageMapping stages;
    private final Inbox inbox;
    private final SyncJournal journal;
    private final ObjectMapper json;
    private final TransactionTemplate transaction;
    private final StatusNames names;

    public OrderSyncer(MarketplaceOrders orders, OrderLifecycle lifecycle, ChangeDetector detector,
            UpstreamChanges upstream, StageMapping stages, Inbox inbox, SyncJournal journal, ObjectMapper json,
            TransactionTemplate transaction, StatusNames names) {
        this.names = names;
        this.orders = orders;
        this.upstream = upstream;
        this.lifecycle = lifecycle;
        this.detector = detector;
        this.stages = stages;
        this.inbox = inbox;
        this.journal = journal;
        this.json = json;
        this.transaction = transaction;
    }

    /** Returns what happened; warnings (unknown status) are journalled and counted by the caller via the result. */
    public Result sync(Long runId, String shopId, OrderView order) {
        OrderStage mapped = stages.stageOf(order.status(), order.statusGroup());
        boolean listed = stages.isKnown(order.status());
        String stage = (listed ? mapped : upstream.stageAfterShipment(shopId, order.id(), mapped)).name();
        if (!listed) {
            journal.record(runId, shopId, order.id(), EventKind.UNKNOWN_STATUS, Severity.WARN,
                    "Невідомий нам статус ROZETKA " + names.quoted(shopId, order.status()) + " (" + order.status()
                            + ", група " + order.statusGroup() + ") у замовленні " + order.id() + ": віднесено до етапу «" + StageNames.of(stage) + "»",
                    null);
        }
        Optional<StoredOrder> known = orders.find(shopId, order.id());
        if (known.isEmpty()) {
            if (order.statusGroup() == 3) {
                return Result.SKIPPED; // seed 000: failed orders are never imported unless already known
            }
            try {
                transaction.executeWithoutResult(tx -> {
                    orders.insert(stored(shopId, order, stage), order);
                    lifecycle.start(shopId, order.id(), stage, startVariables(order));
                    journal.record(runId, shopId, order.id(), EventKind.IMPORTED, Severity.INFO,
                            "Замовлення " + order.id() + " імпортовано на етап «" + StageNames.of(stage) + "»", null);
                });
                return Result.IMPORTED;
            } catch (DuplicateKeyException anotherSyncWasFirst) {
                known = orders.find(shopId, order.id());
                if (known.isEmpty()) {
                    throw anotherSyncWasFirst;
                }
            }
        }
        StoredOrder stored = known.get();
        // the snapshot moves only together with the messages it caused: both commit or neither
        return transaction.execute(tx -> resync(runId, shopId, stored, order, stage));
    }

    /**
     * Takes a read the order's own instance made (the re-read at confirmation, seed 000) into the
     * snapshot: what changed is journalled as a sync would, but no message goes to the instance, which
     * acts on the same read itself, and the next sync finds nothing new.
     */
    public void absorb(String shopId, OrderView order) {
        StoredOrder stored = orders.find(shopId, order.id()).orElseThrow(() -> new java.util.NoSuchElementException(
                "Замовлення " + order.id() + " магазину " + shopId + " немає серед імпортованих"));
        String stage = stages.stageOf(order.status(), order.statusGroup()).name();
        OrderView before = read(stored.snapshot());
        if (before != null) {
            upstream.record(null, shopId, before, order, OrderStage.valueOf(stage), detector.compare(before, order));
        }
        orders.update(stored(shopId, order, stage), order, before);
    }

    private Result resync(Long runId, String shopId, StoredOrder stored, OrderView order, String stage) {
        OrderView before = read(stored.snapshot());
        OrderChanges changes = before == null ? null : detector.compare(before, order);
        boolean recovered = recoverIfDeleted(runId, shopId, stored, order, stage, before);
        if (recovered) {
            return Result.IMPORTED;
        }
        redeliverWaiting(runId, shopId, order.id());
        if (changes == null || !changes.any()) {
            if (changes == null) {
                orders.update(stored(shopId, order, stage), order, null);
            }
            return Result.UNCHANGED;
        }
        orders.update(stored(shopId, order, stage), order, before);
        upstream.record(runId, shopId, before, order, OrderStage.valueOf(stage), changes)
                .forEach(message -> send(runId, shopId, order.id(), message.name(), message.variables()));
        return Result.UPDATED;
    }

    /** Seed 000: an order whose instance an administrator deleted comes back as new with the next sync. */
    private boolean recoverIfDeleted(Long runId, String shopId, StoredOrder stored, OrderView order, String stage,
            OrderView before) {
        if (OrderStage.valueOf(stored.stage()).isFinal()) {
            return false;
        }
        OrderLifecycle.InstanceState state = lifecycle.state(shopId, order.id());
        if (state != OrderLifecycle.InstanceState.DELETED && state != OrderLifecycle.InstanceState.NONE) {
            return false;
        }
        if (order.statusGroup() == 3) {
            orders.update(stored(shopId, order, stage), order, before);
            return false;
        }
        transaction.executeWithoutResult(tx -> {
            orders.update(stored(shopId, order, stage), order, before);
            lifecycle.start(shopId, order.id(), stage, startVariables(order));
        });
        journal.record(runId, shopId, order.id(), EventKind.IMPORTED, Severity.WARN,
                "Замовлення " + order.id() + " імпортовано повторно на етап «" + StageNames.of(stage)
                        + "»: його процес було видалено", null);
        return true;
    }

    private void send(Long runId, String shopId, long orderId, String message, Map<String, Object> variables) {
        // a newer message of the same kind says all the older one did: the older one is settled
        inbox.supersede(shopId, orderId, message);
        OrderLifecycle.Delivery delivery = lifecycle.deliver(shopId, orderId, message, variables);
        if (delivery == OrderLifecycle.Delivery.NOT_READY) {
            inbox.put(shopId, orderId, message, write(variables), "процес ще не готовий прийняти повідомлення");
            journal.record(runId, shopId, orderId, EventKind.MESSAGE_QUEUED, Severity.INFO,
                    "Повідомлення " + message + " для замовлення " + orderId
                            + " чекає у вхідній черзі: процес ще не готовий його прийняти", null);
        } else if (delivery == OrderLifecycle.Delivery.NO_INSTANCE) {
            // an ended order takes nothing more; the change is on record here and in the snapshot
            journal.record(runId, shopId, orderId, EventKind.SKIPPED, Severity.INFO,
                    "Повідомлення " + message + " для замовлення " + orderId
                            + " не передано: процес замовлення вже завершено", write(variables));
        }
    }

    /** Hands waiting messages to the instance, oldest first; what it still cannot take keeps waiting. */
    public void redeliverWaiting(Long runId, String shopId, long orderId) {
        for (InboxMessage waiting : inbox.pendingFor(shopId, orderId)) {
            OrderLifecycle.Delivery delivery = lifecycle.deliver(shopId, orderId, waiting.messageName(),
                    read(waiting.variables(), Map.class));
            if (delivery == OrderLifecycle.Delivery.DELIVERED) {
                inbox.delivered(waiting.id());
                journal.record(runId, shopId, orderId, EventKind.MESSAGE_DELIVERED, Severity.INFO,
                        "Повідомлення " + waiting.messageName() + " для замовлення " + orderId + " доставлено з черги",
                        null);
            } else if (delivery == OrderLifecycle.Delivery.NO_INSTANCE) {
                // an ended order takes nothing more, and a process started anew reads the order afresh
                inbox.settled(waiting.id(), "процес замовлення завершено");
                journal.record(runId, shopId, orderId, EventKind.SKIPPED, Severity.INFO,
                        "Повідомлення " + waiting.messageName() + " для замовлення " + orderId
                                + " знято з черги: процес замовлення вже завершено", waiting.variables());
            } else {
                inbox.stillWaiting(waiting.id(), delivery.name());
            }
        }
    }

    /** A sweep over every waiting message, for orders that no sync window brings back. */
    public int redeliverAllWaiting(int limit) {
        List<InboxMessage> waiting = inbox.pending(limit);
        waiting.stream().map(m -> Map.entry(m.shopId(), m.orderId())).distinct()
                .forEach(order -> transaction.executeWithoutResult(
                        tx -> redeliverWaiting(null, order.getKey(), order.getValue())));
        return waiting.size() - inbox.pending(limit).size();
    }

    /** Ids and small flags only (design rule 1): the order card comes from loadOrderSummary. */
    private static Map<String, Object> startVariables(OrderView order) {
        Map<String, Object> vars = new HashMap<>();
        vars.put("rozetkaStatus", order.status());
        if (order.ttn() != null && !order.ttn().isBlank()) {
            vars.put("ttn", order.ttn()); // a new order has none: no variable, no history rows for it
        }
        return vars;
    }

    private StoredOrder stored(String shopId, OrderView order, String stage) {
        return new StoredOrder(shopId, order.id(), order.status(), order.statusGroup(), stage, write(order));
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON for " + value.getClass().getSimpleName(), e);
        }
    }

    private OrderView read(String snapshot) {
        return snapshot == null ? null : read(snapshot, OrderView.class);
    }

    @SuppressWarnings("unchecked")
    private <T> T read(String text, Class<?> type) {
        try {
            return (T) json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot read stored JSON as " + type.getSimpleName(), e);
        }
    }
}
