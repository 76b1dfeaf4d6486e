package ua.orderflow.novaposhta.shipping;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import ua.orderflow.novaposhta.NovaPoshtaClient;
import ua.orderflow.novaposhta.NovaPoshtaClients;
import ua.orderflow.shop.NovaPoshtaAccount;
import ua.orderflow.shop.Shop;
import ua.orderflow.shop.Shops;

/**
 * Each shop's sender as Nova Poshta knows it, checked against the account once and kept: the
 * configured counterparty and contact must be the key's own, and when left out they are the key's
 * first sender and that sender's first contact (novaposhta-api.md §4.4: look up once, cache).
 */
@Component
public class Senders {

    /** The sender fields of a waybill. */
    public record Sender(String counterparty, String contact, String phone, String city, String address) {
    }

    private final Shops shops;
    private final NovaPoshtaClients clients;
    private final Map<String, Sender> checked = new ConcurrentHashMap<>();

    public Senders(Shops shops, NovaPoshtaClients clients) {
        this.shops = shops;
        this.clients = clients;
    }

    public Sender forShop(String shopId) {
        return checked.computeIfAbsent(shopId, id -> resolve(shops.byId(id)));
    }

    /**
     * Asks Nova Poshta; IllegalStateException, in words that name the setting to fix, when the
     * account does not hold the configured sender or a setting is missing.
     */
    Sender resolve(Shop shop) {
        NovaPoshtaAccount.Sender configured = shop.novaPoshta().sender();
        String where = "orderflow.shops[" + shop.id() + "].nova-poshta.sender";
        if (blank(configured.city()) || blank(configured.address())) {
            throw new IllegalStateException("Nova Poshta sender of shop " + shop.id() + ": " + where
                    + ".city and .address (the sending branch's Ref) are required");
        }
        NovaPoshtaClient np = clients.forShop(shop.id());
        List<String> senders = np.senders();
        String counterparty = blank(configured.counterparty()) ? senders.stream().findFirst().orElse(null)
                : configured.counterparty();
        if (counterparty == null || !senders.contains(counterparty)) {
            throw new IllegalStateException("Nova Poshta sender of shop " + shop.id() + ": the API key's account "
                    + (senders.isEmpty() ? "has no sender counterparty" : "does not hold counterparty " + counterparty
                    + " (" + where + ".counterparty; the account's senders: " + senders + ")"));
        }
        List<NovaPoshtaClient.Contact> contacts = np.contacts(counterparty);
        NovaPoshtaClient.Contact contact = contacts.stream()
                .filter(c -> blank(configured.contact()) || c.ref().equals(configured.contact())).findFirst()
                .orElseThrow(() -> new IllegalStateException("Nova Poshta sender of shop " + shop.id()
                        + ": counterparty " + counterparty + " has no contact person "
                        + (blank(configured.contact()) ? "" : configured.contact() + " ") + "(" + where + ".contact)"));
        String phone = blank(configured.phone()) ? contact.phone() : configured.phone();
        if (shop.novaPoshta().defaults().paymentControl() && !np.canPaymentControl(counterparty)) {
            throw new IllegalStateException("Nova Poshta sender of shop " + shop.id() + ": counterparty " + counterparty
                    + " may not use payment control (CanAfterpaymentOnGoodsCost is false): set orderflow.shops["
                    + shop.id() + "].nova-poshta.defaults.payment-control to false or agree it with Nova Poshta");
        }
        return new Sender(counterparty, contact.ref(), phone, configured.city(), configured.address());
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
