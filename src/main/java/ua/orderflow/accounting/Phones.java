package ua.orderflow.accounting;

/** Ukrainian phone numbers as buyers type them, brought to 380XXXXXXXXX. */
public final class Phones {

    private Phones() {
    }

    /** Returns the normalised number, or null when the text holds no Ukrainian mobile or landline number. */
    public static String normalize(String typed) {
        if (typed == null) {
            return null;
        }
        String digits = typed.replaceAll("\\D", "");
        if (digits.length() == 12 && digits.startsWith("380")) {
            return digits;
        }
        if (digits.length() == 11 && digits.startsWith("80")) {
            return "3" + digits;
        }
        if (digits.length() == 10 && digits.startsWith("0")) {
            return "38" + digits;
        }
        if (digits.length() == 9) {
            return "380" + digits;
        }
        return null;
    }
}
