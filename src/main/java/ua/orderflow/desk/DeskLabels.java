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
import ua.orderflow.novaposhta.shipping.StoredWaybill;
import ua.orderflow.novaposhta.shipping.WaybillBook;

/**
 * An order's label PDFs, 100×100 and A4, fetched from Nova Poshta on the server: the key travels in
 * Nova Poshta's printing URLs, so the browser gets the file and never the link.
 */
@Controller
public class DeskLabels {

    private final WaybillBook waybills;
    private final NovaPoshtaClients clients;

    public DeskLabels(WaybillBook waybills, NovaPoshtaClients clients) {
        this.waybills = waybills;
        this.clients = clients;
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
        String name = "ttn-" + waybill.number() + (form == LabelFormat.A4 ? "-a4" : "-100x100") + ".pdf";
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
        return "Нова Пошта не віддала етикетку, спробуйте пізніше";
    }
}
