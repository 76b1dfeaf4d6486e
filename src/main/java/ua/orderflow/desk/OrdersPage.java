package ua.orderflow.desk;

import io.micrometer.core.instrument.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import ua.orderflow.CachedValue;
import ua.orderflow.order.OrderStage;
import ua.orderflow.shop.Shops;
import ua.orderflow.sync.StageNames;

/** The order list: search, filters, paging with a total, and who holds each order's task by when. */
@Controller
public class OrdersPage {

    /** Orders with an overdue task the list narrows to at most: far more than a desk ever has late. */
    static final int MAX_OVERDUE = 5_000;
    static final Duration STATUSES_REFRESH = Duration.ofSeconds(30);

    private final DeskOrders orders;
    private final OrderWork work;
    private final Shops shops;
    private final DeskStatusNames names;
    /** The statuses in the filter: a scan of every order, so at most twice a minute, not on every page. */
    private final CachedValue<List<DeskOrders.StatusInUse>> statusesInUse;

    public OrdersPage(DeskOrders orders, OrderWork work, Shops shops, DeskStatusNames names) {
        this.orders = orders;
        this.work = work;
        this.shops = shops;
        this.names = names;
        this.statusesInUse = new CachedValue<>(orders::statusesInUse, STATUSES_REFRESH, Clock.SYSTEM);
    }

    @GetMapping({"/desk", "/desk/orders"})
    public String list(@RequestParam(required = false) String q, @RequestParam(required = false) String shop,
            @RequestParam(required = false) String stage, @RequestParam(required = false) Integer status,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "false") boolean overdue,
            @RequestParam(defaultValue = "1") int page, Model model) {
        OrderFilter filter = new OrderFilter(q, shop, stage, status, from, to, overdue, page);
        Instant now = Instant.now();
        DeskOrders.Page found = orders.search(filter, overdue ? overdueOrders(now) : null);
        model.addAttribute("filter", filter);
        model.addAttribute("found", found);
        model.addAttribute("tasks", work.openTasks(found.rows().stream().map(DeskOrders.Row::businessKey).toList()));
        model.addAttribute("stages", stageNames());
        model.addAttribute("shops", shops.shops());
        model.addAttribute("statuses", statusChoices(status));
        model.addAttribute("now", now);
        return "desk/orders";
    }

    /** The statuses orders have now, by name, and the one asked for even when no order has it any more. */
    private Map<Integer, String> statusChoices(Integer asked) {
        Map<Integer, String> statuses = new TreeMap<>();
        List<DeskOrders.StatusInUse> inUse = statusesInUse.get();
        for (DeskOrders.StatusInUse s : inUse == null ? List.<DeskOrders.StatusInUse>of() : inUse) {
            statuses.putIfAbsent(s.status(), names.nameOf(s.shopId(), s.status()));
        }
        if (asked != null) {
            statuses.putIfAbsent(asked, names.nameOf(shops.shops().isEmpty() ? "" : shops.shops().get(0).id(), asked));
        }
        return statuses;
    }

    private List<Long> overdueOrders(Instant now) {
        return work.overdue(now, MAX_OVERDUE).stream().map(key -> Long.valueOf(key.substring(key.indexOf(':') + 1)))
                .toList();
    }

    static Map<String, String> stageNames() {
        Map<String, String> names = new LinkedHashMap<>();
        Arrays.stream(OrderStage.values()).forEach(s -> names.put(s.name(), StageNames.of(s.name())));
        return names;
    }
}
