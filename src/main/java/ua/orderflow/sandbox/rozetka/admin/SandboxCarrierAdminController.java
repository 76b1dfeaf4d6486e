package ua.orderflow.sandbox.rozetka.admin;

import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import ua.orderflow.sandbox.ConditionalOnSandbox;
import ua.orderflow.sandbox.rozetka.carrier.CarrierFates;

/**
 * What becomes of the parcels from now on: the shares of not picked up, refused, returned, unknown
 * TTN, never handed over and lost, in place of the configured ones until the sandbox is reset. A
 * parcel's fate is rolled at each of its steps, so parcels already under way take the new shares too.
 */
@RestController
@ConditionalOnSandbox
@RequestMapping("/sandbox/admin/carrier")
public class SandboxCarrierAdminController {

    private final CarrierFates fates;

    public SandboxCarrierAdminController(CarrierFates fates) {
        this.fates = fates;
    }

    @GetMapping
    public Map<String, Double> shares() {
        return CarrierFates.shares(fates.current());
    }

    @PostMapping
    public Map<String, Double> change(@RequestBody Map<String, Double> shares) {
        return CarrierFates.shares(fates.change(shares));
    }

    @ExceptionHandler(IllegalArgumentException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    public Map<String, Object> badRequest(IllegalArgumentException e) {
        return Map.of("error", e.getMessage());
    }
}
