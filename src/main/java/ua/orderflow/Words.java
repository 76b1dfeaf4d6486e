package ua.orderflow;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Money and phones as a person reads them (design rule 11), wherever they are written: the desk's
 * pages, the Tasklist cards and forms. Money as {@code 2 310,00 грн}, phones as {@code +380 68 664 19 43}.
 */
public final class Words {

    private Words() {
    }

    public static String money(BigDecimal amount) {
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
    public static String phone(String phone) {
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
}
