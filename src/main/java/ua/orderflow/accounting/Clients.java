package ua.orderflow.accounting;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import ua.orderflow.DbTime;

/** Buyers, matched by their normalised phone; a newer name or e-mail updates the card. */
@Service
public class Clients {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final SeparateInsert separately;

    Clients(JdbcClient jdbc, Clock clock, SeparateInsert separately) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.separately = separately;
    }

    public record Client(long id, String phone, String name, String email) {
    }

    /** The client's id, created or updated; null when the phone is not a usable number. */
    public Long upsert(String typedPhone, String name, String email) {
        String phone = Phones.normalize(typedPhone);
        if (phone == null) {
            return null;
        }
        LocalDateTime now = DbTime.now(clock);
        Optional<Client> known = byPhone(phone);
        if (known.isEmpty()) {
            separately.unlessPresent(() -> jdbc.sql("""
                    insert into client (phone, name, email, created_at, updated_at)
                    values (:phone, :name, :email, :now, :now)""")
                    .param("phone", phone).param("name", name).param("email", email).param("now", now).update());
        }
        jdbc.sql("""
                update client set name = coalesce(:name, name), email = coalesce(:email, email), updated_at = :now
                where phone = :phone""")
                .param("name", blankToNull(name)).param("email", blankToNull(email)).param("now", now)
                .param("phone", phone).update();
        return byPhone(phone).orElseThrow().id();
    }

    public Optional<Client> byPhone(String typedPhone) {
        String phone = Phones.normalize(typedPhone);
        return phone == null ? Optional.empty()
                : jdbc.sql("select id, phone, name, email from client where phone = :phone")
                        .param("phone", phone).query(Client.class).optional();
    }

    /** The client's purchases: invoices with their order, total and state, newest first. */
    public List<Map<String, Object>> history(long clientId) {
        return Rows.lowerCaseKeys(jdbc.sql("""
                select number, shop_id, order_id, issued_on, total, paid, state from invoice
                where client_id = :client order by id desc""")
                .param("client", clientId).query().listOfRows());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
