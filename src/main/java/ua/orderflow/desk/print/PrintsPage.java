package ua.orderflow.desk.print;

import java.nio.charset.StandardCharsets;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The printable invoice and expense note of an order, as PDF files. The desk's sign-in lets
 * managers and supervisors in, the same people as the order page.
 */
@Controller
public class PrintsPage {

    private final PrintedDocuments documents;
    private final DocumentPdf pdf;

    public PrintsPage(PrintedDocuments documents, DocumentPdf pdf) {
        this.documents = documents;
        this.pdf = pdf;
    }

    @GetMapping("/desk/orders/{shop}/{orderId}/invoice.pdf")
    public ResponseEntity<byte[]> invoice(@PathVariable String shop, @PathVariable long orderId) {
        return send(documents.invoice(shop, orderId), "Рахунку для замовлення " + orderId + " ще немає");
    }

    @GetMapping("/desk/orders/{shop}/{orderId}/expense-note.pdf")
    public ResponseEntity<byte[]> expenseNote(@PathVariable String shop, @PathVariable long orderId) {
        return send(documents.expenseNote(shop, orderId), "Видаткової накладної для замовлення " + orderId + " ще немає");
    }

    private ResponseEntity<byte[]> send(Optional<PrintedDocument> found, String missing) {
        PrintedDocument doc = found.orElseThrow(() -> new NoSuchElementException(missing));
        // shown in the browser's own viewer, saved under the document's number
        ContentDisposition inline = ContentDisposition.inline().filename(doc.number() + ".pdf", StandardCharsets.UTF_8).build();
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, inline.toString()).body(pdf.write(doc));
    }
}
