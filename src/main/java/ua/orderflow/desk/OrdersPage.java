package ua.orderflow.desk;

import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import ua.orderflow.order.OrderStage;
import ua.orderflow.shop.Shops;
import ua.orderflow.sync.StageNames;

/** The order list: search, filters, paging with a total, and who holds each order's task by when. */
@Controller
public class OrdersPage {

    private final DeskOrders orders;
    private final OrderWork work;
    private final Shops shops;

    public OrdersPage(DeskOrders orders, OrderWork work, Shops shops) {
        this.orders = orders;
        this.work = work;
        this.shops = shops;
    }

    @GetMapping({"/desk", "/desk/orders"})
    public String list(@RequestParam(required = false) String q, @RequestParam(required = false) String shop,
            @RequestParam(required = false) String stage, @RequestParam(required = false) Integer status,
            @RequestParam(defaultValue = "1") int page, Model model) {
        OrderFilter filter = new OrderFilter(q, shop, stage, status, page);
        DeskOrders.Page found = orders.search(filter);
        model.addAttribute("filter", filter);
        model.addAttribute("found", found);
        model.addAttribute("tasks", work.openTasks(found.rows().stream().map(DeskOrders.Row::businessKey).toList()));
        model.addAttribute("stages", stageNames());
        model.addAttribute("shops", shops.shops());
        model.addAttribute("now", Instant.now());
        return "desk/orders";
    }

    static Map<String, String> stageNames() {
        Map<String, String> names = new LinkedHashMap<>();
        Arrays.stream(OrderStage.values()).forEach(s -> names.put(s.name(), StageNames.of(s.name())));
        return names;
    }
}
