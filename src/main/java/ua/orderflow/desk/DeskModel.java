package ua.orderflow.desk;

import jakarta.servlet.http.HttpServletRequest;
import java.util.NoSuchElementException;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.ResponseStatus;
import ua.orderflow.access.Caller;
import ua.orderflow.access.Role;
import ua.orderflow.desk.dashboard.DashboardPage;
import ua.orderflow.desk.print.PrintsPage;

/**
 * What every desk page writes with: who is signed in, the formats and ROZETKA's status names. As model attributes, since
 * Thymeleaf refuses bean references inside links. And what every desk page answers for something that is not there.
 */
@ControllerAdvice(assignableTypes = {OrdersPage.class, OrderPage.class, JournalPage.class, StockPage.class,
    PrintsPage.class, DashboardPage.class})
class DeskModel {

    private final Formats formats;
    private final DeskStatusNames names;

    DeskModel(Formats formats, DeskStatusNames names) {
        this.formats = formats;
        this.names = names;
    }

    @ModelAttribute("fmt")
    Formats formats() {
        return formats;
    }

    /** Who is signed in, for the page header. */
    @ModelAttribute("caller")
    Caller caller(HttpServletRequest request) {
        return (Caller) request.getAttribute(Caller.REQUEST_ATTRIBUTE);
    }

    /** Supervisors (and admins) see the dashboard's link. */
    @ModelAttribute("supervisor")
    boolean supervisor(HttpServletRequest request) {
        Caller caller = caller(request);
        return caller != null && caller.hasAnyOf(Role.SUPERVISOR);
    }

    /** Every page's header has the logout form, and some pages more forms: one token per session. */
    @ModelAttribute("csrf")
    String csrf(HttpServletRequest request) {
        return DeskCsrf.token(request);
    }

    @ModelAttribute("names")
    DeskStatusNames names() {
        return names;
    }

    /** An order, or its document, that does not exist: a page that says so, in words. */
    @ExceptionHandler(NoSuchElementException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(NoSuchElementException e, Model model, HttpServletRequest request) {
        model.addAttribute("message", e.getMessage());
        model.addAttribute("fmt", formats);
        model.addAttribute("caller", caller(request));
        model.addAttribute("supervisor", supervisor(request));
        model.addAttribute("csrf", csrf(request));
        return "desk/not-found";
    }
}
