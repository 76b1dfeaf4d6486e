package ua.orderflow.desk.dashboard;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import ua.orderflow.access.Caller;
import ua.orderflow.access.Role;
import ua.orderflow.offers.OfferDesk;
import ua.orderflow.shop.Shop;
import ua.orderflow.shop.Shops;

/** The supervisors' dashboard; a manager who opens it gets a page saying whose it is, with a 403. */
@Controller
public class DashboardPage {

    private final Dashboard dashboard;
    private final OfferDesk offers;
    private final Shops shops;

    public DashboardPage(Dashboard dashboard, OfferDesk offers, Shops shops) {
        this.dashboard = dashboard;
        this.offers = offers;
        this.shops = shops;
    }

    @GetMapping("/desk/dashboard")
    public String show(HttpServletRequest request, HttpServletResponse response, Model model) {
        Caller caller = (Caller) request.getAttribute(Caller.REQUEST_ATTRIBUTE);
        if (caller == null || !caller.hasAnyOf(Role.SUPERVISOR)) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            model.addAttribute("message", "Панель керування бачать лише супервізори та адміністратори. "
                    + "Замовлення і задачі — у списку замовлень і в Tasklist.");
            return "desk/forbidden";
        }
        model.addAttribute("d", dashboard.view());
        // a supervisor sees what is about to run out before ROZETKA's buyers order what is gone
        Map<Shop, List<OfferDesk.Row>> low = new LinkedHashMap<>();
        shops.shops().forEach(shop -> low.put(shop, offers.lowStock(shop.id())));
        model.addAttribute("lowStock", low);
        model.addAttribute("lowMark", offers.lowStockMark());
        return "desk/dashboard";
    }
}
