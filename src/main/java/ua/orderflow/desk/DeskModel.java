package ua.orderflow.desk;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import ua.orderflow.access.Caller;
import ua.orderflow.rozetka.StatusNames;

/**
 * What every desk page writes with: who is signed in, the formats and ROZETKA's status names. As model attributes, since
 * Thymeleaf refuses bean references inside links.
 */
@ControllerAdvice(assignableTypes = {OrdersPage.class, OrderPage.class, JournalPage.class, StockPage.class})
class DeskModel {

    private final Formats formats;
    private final StatusNames names;

    DeskModel(Formats formats, StatusNames names) {
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

    @ModelAttribute("names")
    StatusNames names() {
        return names;
    }
}
