package ua.orderflow.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.Reader;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import ua.orderflow.access.Role;
import ua.orderflow.web.access.AllowedRoles;
import ua.orderflow.accounting.CatalogueImport;
import ua.orderflow.accounting.Clients;
import ua.orderflow.accounting.Invoices;
import ua.orderflow.accounting.OrderDocuments;
import ua.orderflow.accounting.Stock;

/** The books over REST: an order's documents, an invoice, a client, stock; the catalogue import. */
@RestController
public class AccountingController {

    private final OrderDocuments documents;
    private final Invoices invoices;
    private final Clients clients;
    private final Stock stock;
    private final CatalogueImport catalogue;

    public AccountingController(OrderDocuments documents, Invoices invoices, Clients clients, Stock stock,
            CatalogueImport catalogue) {
        this.documents = documents;
        this.invoices = invoices;
        this.clients = clients;
        this.stock = stock;
        this.catalogue = catalogue;
    }

    @AllowedRoles({Role.MANAGER, Role.SUPERVISOR})
    @GetMapping("/api/orders/{shop}/{orderId}/documents")
    public Map<String, Object> orderDocuments(@PathVariable String shop, @PathVariable long orderId) {
        return documents.of(shop, orderId);
    }

    @AllowedRoles({Role.MANAGER, Role.SUPERVISOR})
    @GetMapping("/api/invoices/{number}")
    public Map<String, Object> invoice(@PathVariable String number) {
        return documents.invoice(invoices.byNumber(number)
                .orElseThrow(() -> new NoSuchElementException("Рахунку " + number + " немає")));
    }

    @AllowedRoles({Role.MANAGER, Role.SUPERVISOR})
    @GetMapping("/api/clients")
    public Map<String, Object> client(@RequestParam String phone) {
        Clients.Client client = clients.byPhone(phone)
                .orElseThrow(() -> new NoSuchElementException("Клієнта з телефоном " + phone + " немає"));
        return Map.of("id", client.id(), "phone", client.phone(), "name", String.valueOf(client.name()),
                "email", String.valueOf(client.email()), "purchases", clients.history(client.id()));
    }

    @AllowedRoles({Role.MANAGER, Role.SUPERVISOR, Role.STOREKEEPER})
    @GetMapping("/api/stock")
    public List<Stock.Level> stock(@RequestParam(required = false) String offer) {
        return stock.levels(offer);
    }

    /** A storekeeper's count of one warehouse: {@code {"onHand": 12}}. */
    public record StockCount(Integer onHand) {
    }

    /** The count replaces what the books hold on hand (never below what is reserved); ROZETKA hears of it. */
    @AllowedRoles(Role.STOREKEEPER)
    @PutMapping("/api/stock/{offerId}/{warehouse}")
    public List<Stock.Level> correctStock(@PathVariable String offerId, @PathVariable String warehouse,
            @RequestBody(required = false) StockCount count) {
        if (count == null || count.onHand() == null) {
            throw new IllegalArgumentException("Вкажіть кількість на складі, напр. {\"onHand\": 12}");
        }
        if (!stock.correct(offerId, warehouse, count.onHand())) {
            throw new NoSuchElementException("Товару " + offerId + " на складі «" + warehouse + "» немає");
        }
        return stock.levels(offerId);
    }

    @AllowedRoles(Role.STOREKEEPER)
    @PostMapping(value = "/api/catalogue/import", consumes = {"text/csv", "text/plain", "application/octet-stream"})
    public CatalogueImport.Result importCatalogue(HttpServletRequest request) throws IOException {
        try (Reader csv = CsvUpload.reader(request)) {
            return catalogue.importCsv(csv);
        }
    }
}
