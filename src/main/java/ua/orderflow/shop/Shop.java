package ua.orderflow.shop;

import java.time.Duration;
import org.springframework.boot.context.properties.bind.ConstructorBinding;

/**
 * One ROZETKA seller account: where its API lives, how to log in, where its money goes (cash on
 * delivery to the cash desk, every non-cash method to the bank account), when it works, and its Nova
 * Poshta account, if it creates waybills here.
 */
public record Shop(
        String id,
        String name,
        String baseUrl,
        String username,
        String password,
        String cashDesk,
        String bankAccount,
        Duration connectTimeout,
        Duration readTimeout,
        Duration tokenLifetime,
        WorkingWeek schedule,
        NovaPoshtaAccount novaPoshta) {

    @ConstructorBinding
    public Shop {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("orderflow.shops[].id is required");
        }
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(5) : connectTimeout;
        readTimeout = readTimeout == null ? Duration.ofSeconds(30) : readTimeout;
        tokenLifetime = tokenLifetime == null ? Duration.ofHours(23) : tokenLifetime;
        schedule = schedule == null ? WorkingWeek.everyDay() : schedule;
    }

    /** A shop that works every day at the default hours. */
    public Shop(String id, String name, String baseUrl, String username, String password, String cashDesk,
            String bankAccount, Duration connectTimeout, Duration readTimeout, Duration tokenLifetime) {
        this(id, name, baseUrl, username, password, cashDesk, bankAccount, connectTimeout, readTimeout, tokenLifetime,
                null, null);
    }

    /** A shop without a Nova Poshta account: waybills are made elsewhere and typed in. */
    public Shop(String id, String name, String baseUrl, String username, String password, String cashDesk,
            String bankAccount, Duration connectTimeout, Duration readTimeout, Duration tokenLifetime,
            WorkingWeek schedule) {
        this(id, name, baseUrl, username, password, cashDesk, bankAccount, connectTimeout, readTimeout, tokenLifetime,
                schedule, null);
    }

    public boolean shipsWithNovaPoshta() {
        return novaPoshta != null && novaPoshta.apiKey() != null && !novaPoshta.apiKey().isBlank();
    }

    /** Never print the password: it is a secret from the environment. */
    @Override
    public String toString() {
        return "Shop[id=" + id + ", name=" + name + ", baseUrl=" + baseUrl + ", username=" + username
                + ", novaPoshta=" + novaPoshta + "]";
    }
}
