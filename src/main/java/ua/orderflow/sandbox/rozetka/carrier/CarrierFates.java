package ua.orderflow.sandbox.rozetka.carrier;

import java.util.LinkedHashMap;
import java.util.Map;
import ua.orderflow.sandbox.SandboxPart;
import ua.orderflow.sandbox.SandboxProperties.CarrierSettings;

/**
 * The carrier's settings in force: the configured ones until the admin API changes the shares of
 * the parcels' fates (a fault scenario's returns and refusals), back to them on reset. Every seller
 * account's carrier reads them, and a parcel's fate is rolled on its next step.
 */
public final class CarrierFates implements SandboxPart {

    private final CarrierSettings configured;
    private volatile CarrierSettings current;

    public CarrierFates(CarrierSettings configured) {
        this.configured = configured;
        this.current = configured;
    }

    public CarrierSettings current() {
        return current;
    }

    /**
     * The given shares (the settings' names, notPickedUpShare…lostShare) in place of the current
     * ones, the others kept; an unknown name or shares out of 0..1 or above 1 together are refused.
     */
    public CarrierSettings change(Map<String, Double> shares) {
        Map<String, Double> now = shares(current);
        shares.forEach((name, share) -> {
            if (!now.containsKey(name)) {
                throw new IllegalArgumentException("no carrier share called " + name + "; known: " + now.keySet());
            }
            if (share == null) {
                throw new IllegalArgumentException(name + ": a number between 0 and 1");
            }
        });
        now.putAll(shares);
        CarrierSettings c = current;
        current = new CarrierSettings(c.enabled(), c.stepEvery(), now.get("notPickedUpShare"), now.get("refusedShare"),
                now.get("returnedShare"), now.get("incorrectTtnShare"), now.get("expiredShare"), now.get("lostShare"),
                c.touchesChanged(), c.finalAfter());
        return current;
    }

    /** The shares in force, by their settings' names. */
    public static Map<String, Double> shares(CarrierSettings settings) {
        Map<String, Double> shares = new LinkedHashMap<>();
        shares.put("notPickedUpShare", settings.notPickedUpShare());
        shares.put("refusedShare", settings.refusedShare());
        shares.put("returnedShare", settings.returnedShare());
        shares.put("incorrectTtnShare", settings.incorrectTtnShare());
        shares.put("expiredShare", settings.expiredShare());
        shares.put("lostShare", settings.lostShare());
        return shares;
    }

    @Override
    public void reset() {
        current = configured;
    }
}
