package ua.orderflow.desk;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * How the desk writes what a person reads (design rule 11): money as {@code 2 310,00 грн}, phones as
 * {@code +380 68 664 19 43}, times in Kyiv. Templates have it as {@code fmt}.
 */
@Component
public class Formats {

    static final ZoneId KYIV = ZoneId.of("Europe/Kyiv");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    public String money(BigDecimal amount) {
        if (amount == null) {
            return "—";
        }
        DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.ROOT);
        symbols.setGroupingSeparator('\u00a0');
        symbols.setDecimalSeparator(',');
        DecimalFormat format = new DecimalFormat("#,##0.00", symbols);
        return format.format(amount.setScale(2, RoundingMode.HALF_UP)) + "\u00a0грн";
    }

    /** {@code 380686641943} → {@code +380 68 664 19 43}; anything else as it came. */
    public String phone(String phone) {
        String digits = phone == null ? "" : phone.replaceAll("\\D", "");
        if (digits.length() == 10 && digits.startsWith("0")) {
            digits = "38" + digits;
        }
        if (digits.length() != 12 || !digits.startsWith("380")) {
            return phone == null ? "—" : phone;
        }
        return "+380 " + digits.substring(3, 5) + " " + digits.substring(5, 8) + " " + digits.substring(8, 10) + " "
                + digits.substring(10);
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
