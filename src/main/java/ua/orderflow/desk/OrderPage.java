package ua.orderflow.desk;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ua.orderflow.access.Caller;
import ua.orderflow.access.Role;
import ua.orderflow.accounting.OrderDocuments;
import ua.orderflow.sync.OrderResync;
import ua.orderflow.sync.OrderSource;
import ua.orderflow.sync.journal.SyncJournal;

/** One order: its card, one timeline of journal and process history, its documents, its open task. */
@Controller
public class OrderPage {

    /** One line of the timeline, whatever wrote it. */
    public record Entry(Instant at, String who, String what, String severity) {
    }

    /** The invoice's states (InvoiceRow) as the page names them. */
    static final Map<String, String> INVOICE_STATES = Map.of("ISSUED", "виставлено", "PARTLY_PAID", "частково сплачено",
            "PAID", "сплачено", "CANCELLED", "скасовано");
    /** Where the expense note's parcel is (accounting's Shipments.DeliveryState), as a manager says it. */
    static final Map<String, String> DELIVERY_STATES = Map.of("SENT", "відправлено", "DELIVERED", "доставлено",
            "RECEIVED", "отримано покупцем", "RETURNED", "повернено на склад");

    private final DeskOrders orders;
    private final OrderWork work;
    private final SyncJournal journal;
    private final OrderDocuments documents;
    private final OrderResync resync;

    public OrderPage(DeskOrders orders, OrderWork work, SyncJournal journal, OrderDocuments documents,
            OrderResync resync) {
        this.orders = orders;
        this.work = work;
        this.journal = journal;
        this.documents = documents;
        this.resync = resync;
    }

    @GetMapping("/desk/orders/{shop}/{orderId}")
    public String show(@PathVariable String shop, @PathVariable long orderId, HttpServletRequest request, Model model) {
        DeskOrders.Row row = orders.one(shop, orderId)
                .orElseThrow(() -> new NoSuchElementException("Замовлення " + orderId + " магазину " + shop + " немає"));
        Caller caller = (Caller) request.getAttribute(Caller.REQUEST_ATTRIBUTE);
        model.addAttribute("row", row);
        model.addAttribute("o", row.order());
        model.addAttribute("stages", OrdersPage.stageNames());
        model.addAttribute("task", work.openTasks(List.of(row.businessKey())).get(row.businessKey()));
        model.addAttribute("timeline", timeline(row));
        Map<String, Object> docs = documents.of(shop, orderId);
        model.addAttribute("docs", docs);
        Map<String, Integer> counts = new java.util.HashMap<>();
        for (String kind : List.of("expenseNotes", "payments", "reservations")) {
            counts.put(kind, docs.get(kind) instanceof List<?> list ? list.size() : 0);
        }
        model.addAttribute("counts", counts);
        model.addAttribute("invoiceStates", INVOICE_STATES);
        model.addAttribute("deliveryStates", DELIVERY_STATES);
        model.addAttribute("mayResync", caller != null && caller.hasAnyOf(Role.SUPERVISOR));
        return "desk/order";
    }

    @PostMapping("/desk/orders/{shop}/{orderId}/resync")
    public String resync(@PathVariable String shop, @PathVariable long orderId,
            @RequestParam(name = DeskCsrf.PARAMETER, required = false) String csrf, HttpServletRequest request,
            RedirectAttributes flash) {
        Caller caller = (Caller) request.getAttribute(Caller.REQUEST_ATTRIBUTE);
        if (!DeskCsrf.valid(request, csrf)) {
            flash.addFlashAttribute("problem", "Форма застаріла: оновіть сторінку і спробуйте ще раз");
        } else if (caller == null || !caller.hasAnyOf(Role.SUPERVISOR)) {
            flash.addFlashAttribute("problem", "Перечитати замовлення з ROZETKA може лише супервізор");
        } else {
            try {
                resync.resync(shop, orderId);
                flash.addFlashAttribute("notice", "Замовлення перечитано з ROZETKA");
            } catch (OrderSource.SourceUnavailableException e) {
                flash.addFlashAttribute("problem", "ROZETKA недоступна; спробуйте пізніше");
            } catch (NoSuchElementException e) {
                flash.addFlashAttribute("problem", e.getMessage());
            }
        }
        return "redirect:/desk/orders/" + shop + "/" + orderId;
    }

    private List<Entry> timeline(DeskOrders.Row row) {
        List<Entry> entries = new ArrayList<>();
        journal.orderEvents(row.shopId(), row.orderId()).forEach(e -> entries.add(new Entry(
                e.createdAt().toInstant(ZoneOffset.UTC), null, e.message(), e.severity())));
        work.history(row.businessKey()).forEach(s -> entries.add(new Entry(s.at(), s.who(), s.what(), "INFO")));
        entries.sort(Comparator.comparing(Entry::at));
        return entries;
    }

}
