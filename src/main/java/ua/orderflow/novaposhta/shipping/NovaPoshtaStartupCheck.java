package ua.orderflow.novaposhta.shipping;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import ua.orderflow.novaposhta.NovaPoshtaException;
import ua.orderflow.shop.Shop;
import ua.orderflow.shop.Shops;

/**
 * At startup, once the server listens (the built-in sandbox answers then): every shop's Nova Poshta
 * key and sender are checked. A refused key or a sender the account does not hold stops the start
 * with a message naming the setting; Nova Poshta unreachable is only a warning, since orders must go
 * on being taken (waybills then wait in their retries).
 */
@Component
public class NovaPoshtaStartupCheck implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(NovaPoshtaStartupCheck.class);

    private final Shops shops;
    private final Senders senders;
    private final boolean enabled;

    public NovaPoshtaStartupCheck(Shops shops, Senders senders,
            @Value("${orderflow.novaposhta.startup-check:true}") boolean enabled) {
        this.shops = shops;
        this.senders = senders;
        this.enabled = enabled;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled) {
            return;
        }
        for (Shop shop : shops.shops()) {
            if (!shop.shipsWithNovaPoshta()) {
                continue;
            }
            try {
                Senders.Sender sender = senders.forShop(shop.id());
                log.info("Nova Poshta account of shop {}: key accepted, sender {} with contact {}", shop.id(),
                        sender.counterparty(), sender.contact());
            } catch (NovaPoshtaException.KeyRefused e) {
                throw new IllegalStateException("Nova Poshta refused the API key of shop " + shop.id() + " ("
                        + e.getMessage() + "): set orderflow.shops[].nova-poshta.api-key (ORDERFLOW_NOVAPOSHTA_API_KEY)"
                        + " to a key of the business cabinet, or leave it empty to type TTNs made elsewhere", e);
            } catch (NovaPoshtaException.Unavailable e) {
                log.warn("Nova Poshta is unreachable for shop {}: the key and the sender are checked on the first "
                        + "waybill instead ({})", shop.id(), e.getMessage());
            }
        }
    }
}
