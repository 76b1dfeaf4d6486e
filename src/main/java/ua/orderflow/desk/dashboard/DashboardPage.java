package ua.orderflow.desk.dashboard;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import ua.orderflow.access.Caller;
import ua.orderflow.access.Role;

/** The supervisors' dashboard; a manager who opens it gets a page saying whose it is, with a 403. */
@Controller
public class DashboardPage {

    private final Dashboard dashboard;

    public DashboardPage(Dashboard dashboard) {
        this.dashboard = dashboard;
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
        return "desk/dashboard";
    }
}
