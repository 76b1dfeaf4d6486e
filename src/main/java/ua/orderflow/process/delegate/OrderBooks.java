package ua.orderflow.process.delegate;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import ua.orderflow.accounting.Invoices;
import ua.orderflow.accounting.OrderSnapshot;
import ua.orderflow.accounting.Payments;
import ua.orderflow.Words;
import ua.orderflow.accounting.Shipments;
import ua.orderflow.novaposhta.shipping.WaybillDeletion;
import ua.orderflow.rozetka.StatusNames;
import ua.orderflow.sync.LedgerSnapshots;
import ua.orderflow.sync.OrderCards;
import ua.orderflow.sync.change.OrderView;
import ua.orderflow.sync.journal.EventKind;
import ua.orderflow.sync.journal.Severity;
import ua.orderflow.sync.journal.SyncJournal;

/**
 * What each document step of the order process does in the books, reading ids and form values from
 * the instance. Warnings a manager should see (shortage, unknown product) go to the order's journal.
 */
@Component
public class OrderBooks {

    private final LedgerSnapshots snapshots;
    private final Invoices invoices;
    private final Shipments shipments;
    private final Payments payments;
    private final SyncJournal journal;
    private final StatusNames names;
    private final WaybillDeletion waybills;
    private final OrderCards cards;

    public OrderBooks(LedgerSnapshots snapshots, Invoices invoices, Shipments shipments, Payments payments,
            SyncJournal journal, StatusNames names, WaybillDeletion waybills, OrderCards cards) {
        this.cards = cards;
        this.names = names;
        this.waybills = waybills;
        this.snapshots = snapshots;
        this.invoices = invoices;
        this.shipments = shipments;
        this.payments = payments;
        this.journal = journal;
    }

    void issueInvoice(DelegateExecution execution) {
        String shop = Ids.shop(execution);
        long order = Ids.order(execution);
        OrderSnapshot snapshot = snapshots.forLedger(shop, order);
        Invoices.Issued issued = invoices.issue(snapshot);
        if (issued.repeated()) {
            return;
        }
        issued.number().whenTaken(number -> journal.record(null, shop, order, EventKind.INVOICE_ISSUED, Severity.INFO,
                "Рахунок " + number + " на " + Words.money(issued.total()) + " за замовленням " + order, null));
        issued.unknownProducts().forEach(p -> journal.record(null, shop, order, EventKind.UNKNOWN_PRODUCT, Severity.WARN,
                "Невідомий товар " + p + " у замовленні " + order + ": рядок у рахунку є, резерву немає", null));
        issued.shortages().forEach(s -> journal.record(null, shop, order, EventKind.STOCK_SHORTAGE, Severity.WARN,
                "Не вистачає на складі: " + s + " (замовлення " + order + ")", null));
    }

    /** An order imported at a later stage gets the documents seed 000 lists for that stage. */
    void openStageDocuments(DelegateExecution execution) {
        String stage = Ids.text(execution, "stage");
        issueInvoice(execution);
        String shop = Ids.shop(execution);
        long order = Ids.order(execution);
        OrderView view = snapshots.view(shop, order);
        // the stage's tasks read the card (the buyer, the order's number and desk link), and no step
        // before them wrote one; a received order ends here, with no task
        if (!"RECEIVED".equals(stage)) {
            CardVariable.write(execution, cards.card(view));
        }
        if ("CONFIRMED".equals(stage)) {
            return;
        }
        shipments.ship(shop, order, view.ttn(), view.ttn().isBlank());
        if ("AT_PICKUP".equals(stage)) {
            shipments.deliveryState(shop, order, Shipments.DeliveryState.DELIVERED);
        } else if ("RECEIVED".equals(stage)) {
            closeReceived(execution);
        }
    }

    void issueExpenseNote(DelegateExecution execution) {
        String shop = Ids.shop(execution);
        long order = Ids.order(execution);
        String ttn = Ids.ttn(execution);
        boolean ownCourier = Boolean.TRUE.equals(execution.getVariable("ownCourier"));
        shipments.ship(shop, order, ttn, ownCourier);
    }

    void markDelivered(DelegateExecution execution) {
        shipments.deliveryState(Ids.shop(execution), Ids.order(execution), Shipments.DeliveryState.DELIVERED);
    }

    void returnStock(DelegateExecution execution) {
        String shop = Ids.shop(execution);
        long order = Ids.order(execution);
        shipments.returnGoods(shop, order, "Покупець не отримав замовлення (статус ROZETKA "
                + statusName(shop, execution.getVariable("rozetkaStatus")) + ")")
                .ifPresent(note -> note.whenTaken(number -> journal.record(null, shop, order, EventKind.STOCK_RETURNED,
                        Severity.INFO, "Товар замовлення " + order + " повернено на склад, прибуткова накладна " + number,
                        null)));
    }

    void closeReceived(DelegateExecution execution) {
        String shop = Ids.shop(execution);
        long order = Ids.order(execution);
        shipments.deliveryState(shop, order, Shipments.DeliveryState.RECEIVED);
        // cash collected by Nova Poshta is booked when it pays the money out (tracking), not at receipt
        if (!waybills.paidAtPayout(shop, order)) {
            payments.settle(shop, order);
        }
    }

    /**
     * Cancels the invoice and frees what is reserved; goods already shipped come back on stock only
     * when {@code goodsBack} says they did (a lost parcel does not).
     */
    void cancelDocuments(DelegateExecution execution) {
        String shop = Ids.shop(execution);
        long order = Ids.order(execution);
        var invoice = invoices.find(shop, order);
        if (invoice.isEmpty()) {
            return;
        }
        boolean shipped = Boolean.TRUE.equals(execution.getVariable("shipped"));
        waybills.deleteBeforeHandover(shop, order);
        String outcome;
        if (shipped && Boolean.FALSE.equals(execution.getVariable("goodsBack"))) {
            invoices.cancel(shop, order);
            outcome = ", товар на склад не повертається";
        } else {
            var returned = shipments.returnGoods(shop, order, "Замовлення скасовано (статус ROZETKA "
                    + statusName(shop, execution.getVariable("cancelStatus")) + ")");
            invoices.cancel(shop, order);
            if (returned.isPresent()) {
                returned.get().whenTaken(note -> journal.record(null, shop, order, EventKind.DOCUMENTS_CANCELLED,
                        Severity.INFO, cancelled(order, invoice.get().number(), ", товар повернено (прибуткова накладна "
                                + note + ")"), null));
                return;
            }
            outcome = ", резерв знято";
        }
        journal.record(null, shop, order, EventKind.DOCUMENTS_CANCELLED, Severity.INFO,
                cancelled(order, invoice.get().number(), outcome), null);
    }

    private static String cancelled(long order, String invoice, String outcome) {
        return "Замовлення " + order + " скасовано: рахунок " + invoice + " анульовано" + outcome;
    }

    void applyItemChanges(DelegateExecution execution) {
        String shop = Ids.shop(execution);
        long order = Ids.order(execution);
        if (invoices.find(shop, order).isEmpty()) {
            return;
        }
        Invoices.Revision revision = invoices.revise(snapshots.forLedger(shop, order));
        if (revision.applied()) {
            journal.record(null, shop, order, EventKind.INVOICE_REVISED, Severity.INFO,
                    "Рахунок замовлення " + order + " оновлено: " + String.join("; ", revision.differences()),
                    null);
        }
        execution.setVariable("invoiceDifferences", String.join("; ", revision.differences().isEmpty()
                ? List.of("без змін") : revision.differences()));
    }

    private String statusName(String shop, Object status) {
        return status == null ? "невідомий" : names.quoted(shop, Ids.integer(status));
    }
}
