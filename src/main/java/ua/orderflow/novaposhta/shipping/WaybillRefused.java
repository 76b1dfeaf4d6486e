package ua.orderflow.novaposhta.shipping;

/**
 * Nova Poshta will not make this waybill as asked (a bad phone, the branch's weight limit, an unknown
 * city): a business outcome the manager mends in the ship form. {@code reason} is Ukrainian, with Nova
 * Poshta's own text in it.
 */
public class WaybillRefused extends RuntimeException {

    private final String reason;

    public WaybillRefused(String reason) {
        super(reason);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}
