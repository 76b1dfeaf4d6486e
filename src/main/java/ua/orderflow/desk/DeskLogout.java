package ua.orderflow.desk;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Logging out of the desk ends the one session the desk shares with Tasklist and Cockpit, so all
 * three are signed out; then Tasklist's login page. A form from another site (no token) changes nothing.
 */
@Controller
public class DeskLogout {

    static final String LOGIN_PAGE = "/camunda/app/tasklist/default/";

    @PostMapping("/desk/logout")
    public String logout(@RequestParam(name = DeskCsrf.PARAMETER, required = false) String csrf,
            HttpServletRequest request) {
        if (!DeskCsrf.valid(request, csrf)) {
            return "redirect:/desk/orders";
        }
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        return "redirect:" + LOGIN_PAGE;
    }
}
