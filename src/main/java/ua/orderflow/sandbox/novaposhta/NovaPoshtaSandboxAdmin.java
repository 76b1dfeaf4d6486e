package ua.orderflow.sandbox.novaposhta;

import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import ua.orderflow.sandbox.ConditionalOnSandbox;
import ua.orderflow.sandbox.clock.KyivTime;

/**
 * Nova Poshta's side, for tests and demos: the waybills the account holds, a status forced on a TTN
 * (what Nova Poshta sees before ROZETKA does), the call counts. {@code /sandbox/admin/reset} forgets
 * the waybills too.
 */
@RestController
@ConditionalOnSandbox
@RequestMapping("/sandbox/admin/novaposhta")
public class NovaPoshtaSandboxAdmin {

    private final NpParcels parcels;
    private final NpCalls calls;

    NovaPoshtaSandboxAdmin(NpParcels parcels, NpCalls calls) {
        this.parcels = parcels;
        this.calls = calls;
    }

    public record StatusBody(int status) {
    }

    @GetMapping("/waybills")
    public List<Map<String, Object>> waybills() {
        return parcels.all().stream().map(p -> {
            Map<String, Object> row = new java.util.LinkedHashMap<>();
            row.put("ref", p.ref);
            row.put("number", p.number);
            row.put("order", p.orderBarcode);
            row.put("created", KyivTime.format(p.created));
            row.put("weight", p.weight.toPlainString());
            row.put("cost", p.cost.toPlainString());
            row.put("cashOnDelivery", p.cashOnDelivery() ? p.cashOnDelivery.toPlainString() : "");
            row.put("deleted", p.deleted);
            row.put("forcedStatus", p.forcedStatus == null ? "" : p.forcedStatus);
            row.put("serviceType", p.serviceType);
            row.put("recipientAddress", p.recipientAddress);
            return row;
        }).toList();
    }

    @PostMapping("/waybills/{number}/status")
    public ResponseEntity<Map<String, Object>> force(@PathVariable String number, @RequestBody StatusBody body) {
        if (!NpStatus.TEXTS.containsKey(body.status())) {
            return ResponseEntity.badRequest().body(Map.of("error", "no Nova Poshta status " + body.status()));
        }
        return parcels.force(number, body.status()) ? ResponseEntity.ok(Map.of("number", number, "status", body.status()))
                : ResponseEntity.status(404).body(Map.of("error", "no waybill " + number));
    }

    @GetMapping("/stats")
    public Map<String, Object> stats() {
        return calls.snapshot();
    }
}
