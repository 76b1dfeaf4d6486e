package ua.orderflow.shop;

import java.util.List;
import java.util.NoSuchElementException;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The configured shops, {@code orderflow.shops[]}.
 *
 * @param shops ROZETKA seller accounts: id, name, base-url, username, password, cash-desk, bank-account,
 *     connect-timeout, read-timeout, token-lifetime, schedule (days, weekday-from, weekday-to, weekend-from,
 *     weekend-to: when the shop works, for the contact deadline), seller (legal-name, edrpou, address, phone: who
 *     sells, as the printed invoice and expense note name them; bank-account is printed as the IBAN)
 */
@ConfigurationProperties("orderflow")
public record Shops(List<Shop> shops) {

    public Shops {
        shops = shops == null ? List.of() : List.copyOf(shops);
    }

    public Shop byId(String id) {
        return shops.stream().filter(s -> s.id().equals(id)).findFirst()
                .orElseThrow(() -> new NoSuchElementException("Магазину «" + id + "» немає в налаштуваннях (orderflow.shops)"));
    }
}
