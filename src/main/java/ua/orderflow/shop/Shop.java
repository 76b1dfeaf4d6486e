package ua.orderflow.shop;

import java.time.Duration;
import org.springframework.boot.context.properties.bind.ConstructorBinding;

/**
 * One ROZETKA seller account: where its API lives, how to log in, where its money goes (cash on
 * delivery to the cash desk, every non-cash method to the bank account), and when it works.
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
        Seller seller) {

    /**
     * Who sells, as the printed invoice and expense note name them: the legal name (a company or a
     * sole trader, «ФОП …»), its EDRPOU code (or the trader's tax number), address and phone. Any of
     * them may be missing; the documents then show the shop's name alone.
     */
    public record Seller(String legalName, String edrpou, String address, String phone) {
    }

    @ConstructorBinding
    public Shop {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("orderflow.shops[].id is required");
        }
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(5) : connectTimeout;
        readTimeout = readTimeout == null ? Duration.ofSeconds(30) : readTimeout;
        tokenLifetime = tokenLifetime == null ? Duration.ofHours(23) : tokenLifetime;
        schedule = schedule == null ? WorkingWeek.everyDay() : schedule;
        seller = seller == null ? new Seller(null, null, null, null) : seller;
    }

    /** A shop without seller details for its documents. */
    public Shop(String id, String name, String baseUrl, String username, String password, String cashDesk,
            String bankAccount, Duration connectTimeout, Duration readTimeout, Duration tokenLifetime,
            WorkingWeek schedule) {
        this(id, name, baseUrl, username, password, cashDesk, bankAccount, connectTimeout, readTimeout, tokenLifetime,
                schedule, null);
    }

    /** A shop that works every day at the default hours. */
    public Shop(String id, String name, String baseUrl, String username, String password, String cashDesk,
            String bankAccount, Duration connectTimeout, Duration readTimeout, Duration tokenLifetime) {
        this(id, name, baseUrl, username, password, cashDesk, bankAccount, connectTimeout, readTimeout, tokenLifetime,
                null, null);
    }

    /** Never print the password: it is a secret from the environment. */
    @Override
    public String toString() {
        return "Shop[id=" + id + ", name=" + name + ", baseUrl=" + baseUrl + ", username=" + username + "]";
    }
}
