package ua.orderflow.novaposhta;

/** TTNs as people type them: "2045 0000 0000 01" or "20450-000-000001" is the 14 digits. */
public final class Ttns {

    private Ttns() {
    }

    /** The digits of a typed TTN with its spaces and dashes dropped; null stays null. */
    public static String digits(String typed) {
        return typed == null ? null : typed.replaceAll("[\\s\\u00a0-]", "");
    }
}
