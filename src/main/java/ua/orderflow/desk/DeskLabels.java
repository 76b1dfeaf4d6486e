package ua.orderflow.desk;

import java.util.NoSuchElementException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import ua.orderflow.novaposhta.LabelFormat;
import ua.orderflow.novaposhta.NovaPoshtaClients;
import ua.orderflow.novaposhta.NovaPoshtaException;
import ua.orderflow.novaposhta.shipping.ParcelRegister;
import ua.orderflow.novaposhta.shipping.StoredWaybill;
import ua.orderflow.novaposhta.shipping.WaybillBook;

/**
 * Nova Poshta's printed forms: an order's label PDFs (100×100 and A4) and the day's register of
 * handed-over parcels, fetched from Nova Poshta on the server: the key travels in Nova Poshta's
 * printing URLs, so the browser gets the file and never the link.
 */
@Controller
public class DeskLabels {

    private final WaybillBook waybills;
    private final NovaPoshtaClients clients;
    private final ParcelRegister register;

    public DeskLabels(WaybillBook waybills, NovaPoshtaClients clients, ParcelRegister register) {
        this.waybills = waybills;
        this.clients = clients;
        this.register = register;
    }

    @GetMapping("/desk/orders/{shop}/{orderId}/label/{format}")
    public ResponseEntity<byte[]> label(@PathVariable String shop, @PathVariable long orderId,
            @PathVariable String format) {
        LabelFormat form = switch (format) {
            case "sticker" -> LabelFormat.STICKER_100X100;
            case "a4" -> LabelFormat.A4;
            default -> throw new IllegalArgumentException("Немає такого бланка: «" + format + "» (є sticker і a4)");
        };
        StoredWaybill waybill = waybills.live(shop, orderId).orElseThrow(() -> new NoSuchElementException(
                "Замовлення " + orderId + " не має ТТН Нової Пошти, створеної тут"));
        byte[] pdf = clients.forShop(shop).label(waybill.ref(), form);
        return attachment("ttn-" + waybill.number() + (form == LabelFormat.A4 ? "-a4" : "-100x100") + ".pdf", pdf);
    }

    /**
     * «Реєстр відправлень за день»: today's register of the parcels handed over, built on the way (a
     * repeated download adds only what was handed over since) and served as its PDF.
     */
    @GetMapping("/desk/novaposhta/{shop}/register")
    public ResponseEntity<byte[]> register(@PathVariable String shop) {
        ParcelRegister.Printed printed = register.today(shop);
        return attachment("np-register-" + printed.day() + ".pdf", printed.pdf());
    }

    private static ResponseEntity<byte[]> attachment(String name, byte[] pdf) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(pdf);
    }

    @ExceptionHandler(NoSuchElementException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    @ResponseBody
    public String notFound(NoSuchElementException e) {
        return e.getMessage();
    }

    @ExceptionHandler(IllegalArgumentException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    @ResponseBody
    public String badRequest(IllegalArgumentException e) {
        return e.getMessage();
    }

    @ExceptionHandler(NovaPoshtaException.class)
    @ResponseStatus(HttpStatus.BAD_GATEWAY)
    @ResponseBody
    public String novaPoshta(NovaPoshtaException e) {
        return e instanceof NovaPoshtaException.Refused r ? r.reason() + ", спробуйте пізніше"
                : "Нова Пошта недоступна, спробуйте пізніше";
    }
}
