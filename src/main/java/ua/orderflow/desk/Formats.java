package ua.orderflow.desk;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Component;
import ua.orderflow.Words;

/**
 * How the desk writes what a person reads (design rule 11): money as {@code 2 310,00 грн}, phones as
 * {@code +380 68 664 19 43}, times in Kyiv. Templates have it as {@code fmt}.
 */
@Component
public class Formats {

    static final ZoneId KYIV = ZoneId.of("Europe/Kyiv");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    public String money(BigDecimal amount) {
        return Words.money(amount);
    }

    public String phone(String phone) {
        return Words.phone(phone);
    }

    public String tel(String phone) {
        String digits = phone == null ? "" : phone.replaceAll("\\D", "");
        return digits.isEmpty() ? "" : "tel:+" + (digits.startsWith("0") ? "38" + digits : digits);
    }

    /** Our timestamp columns are UTC. */
    public String utc(LocalDateTime utc) {
        return utc == null ? "—" : TIME.format(utc.atOffset(ZoneOffset.UTC).atZoneSameInstant(KYIV));
    }

    /** ROZETKA's times are already Kyiv's. */
    public String kyiv(LocalDateTime kyiv) {
        return kyiv == null ? "—" : TIME.format(kyiv);
    }

    public String instant(Instant at) {
        return at == null ? "—" : TIME.format(at.atZone(KYIV));
    }
}
