package ua.orderflow.sandbox.novaposhta;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import ua.orderflow.sandbox.ConditionalOnSandbox;
import ua.orderflow.sandbox.fault.FaultDecision;
import ua.orderflow.sandbox.fault.Faults;

/**
 * Nova Poshta's one JSON endpoint under /sandbox/novaposhta/v2.0/json/ (any suffix: the body decides)
 * and the cabinet's printed forms under /sandbox/novaposhta/orders/…. Faults are those of the shared
 * rules, per method as {@code novaposhta.<model>.<method>} or {@code novaposhta.print}; a faulted call
 * has done its work, only its answer is lost.
 */
@RestController
@ConditionalOnSandbox
@RequestMapping("/sandbox/novaposhta")
public class NovaPoshtaSandboxController {

    private static final String TRUNCATED = "{\"success\":true,\"data\":[{\"Ref\":\"8d5a";
    private static final String GATEWAY_PAGE = "<html><head><title>%1$d</title></head><body><h1>%1$d</h1></body></html>";

    private final NpMethods methods;
    private final NpParcels parcels;
    private final Faults faults;
    private final NpCalls calls;
    private final ObjectMapper json;

    NovaPoshtaSandboxController(NpMethods methods, NpParcels parcels, Faults faults, NpCalls calls, ObjectMapper json) {
        this.methods = methods;
        this.parcels = parcels;
        this.faults = faults;
        this.calls = calls;
        this.json = json;
    }

    @PostMapping({"/v2.0/json", "/v2.0/json/", "/v2.0/json/**"})
    public void call(@RequestBody(required = false) String body, HttpServletResponse response) throws IOException {
        JsonNode request;
        try {
            request = json.readTree(body == null ? "" : body);
        } catch (IOException e) {
            request = null;
        }
        if (request == null || !request.isObject()) {
            write(response, 200, json.writeValueAsString(NpAnswer.error("Invalid JSON", null)));
            return;
        }
        String endpoint = "novaposhta." + request.path("modelName").asText("") + "."
                + request.path("calledMethod").asText("");
        calls.call(endpoint);
        // the work is done before a fault strikes: a gateway error then loses the answer, not the
        // request, which is what makes a waybill's creation worth looking up before it is retried
        String answer = json.writeValueAsString(methods.answer(request));
        if (faulted(endpoint, response)) {
            return;
        }
        write(response, 200, answer);
    }

    /** printDocument (A4) and printMarking100x100 (sticker): a PDF, or the cabinet's HTML for a bad key or Ref. */
    @GetMapping("/orders/{form}/orders[]/{ref}/type/pdf/apiKey/{key}")
    public ResponseEntity<byte[]> print(@PathVariable String form, @PathVariable String ref, @PathVariable String key,
            HttpServletResponse response) throws IOException {
        calls.call("novaposhta.print");
        if (faulted("novaposhta.print", response)) {
            return null;
        }
        NpParcel parcel = parcels.byRef(ref).or(() -> parcels.all().stream().filter(p -> p.number.equals(ref))
                .findFirst()).orElse(null);
        boolean known = "printDocument".equals(form) || "printMarking100x100".equals(form) || "printMarkings".equals(form);
        if (!known || parcel == null || parcel.deleted || !methods.printable(key)) {
            return ResponseEntity.ok().contentType(MediaType.TEXT_HTML)
                    .body("<html><body>Документ не знайдено</body></html>".getBytes(StandardCharsets.UTF_8));
        }
        String city = NpDirectory.cityName(parcel.cityRecipient).orElse("");
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .body(NpPdf.label(parcel.number, city, !"printDocument".equals(form)));
    }

    /** printScanSheet: the day's register as a PDF listing its waybills, or the cabinet's HTML. */
    @GetMapping("/scanSheet/printScanSheet/refs[]/{ref}/type/pdf/apiKey/{key}")
    public ResponseEntity<byte[]> printRegister(@PathVariable String ref, @PathVariable String key,
            HttpServletResponse response) throws IOException {
        calls.call("novaposhta.print");
        if (faulted("novaposhta.print", response)) {
            return null;
        }
        NpParcels.Register register = parcels.register(ref).orElse(null);
        if (register == null || !methods.printable(key)) {
            return ResponseEntity.ok().contentType(MediaType.TEXT_HTML)
                    .body("<html><body>Реєстр не знайдено</body></html>".getBytes(StandardCharsets.UTF_8));
        }
        java.util.List<String> numbers = register.documents().stream()
                .map(r -> parcels.byRef(r).map(p -> p.number).orElse(r)).toList();
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .body(NpPdf.register(register.number(), register.date().toString(), numbers));
    }

    private boolean faulted(String endpoint, HttpServletResponse response) throws IOException {
        FaultDecision fault = faults.decide(endpoint);
        fault.waitOut();
        if (fault.timedOut() || !fault.answersNormally()) {
            calls.fault();
        }
        if (fault.errorStatus() != 0) {
            response.setStatus(fault.errorStatus());
            response.setContentType(MediaType.TEXT_HTML_VALUE);
            response.getWriter().write(GATEWAY_PAGE.formatted(fault.errorStatus()));
            return true;
        }
        if (fault.malformed()) {
            write(response, 200, TRUNCATED);
            return true;
        }
        return false;
    }

    private static void write(HttpServletResponse response, int status, String body) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(body);
    }
}
