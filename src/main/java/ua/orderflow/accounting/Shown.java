package ua.orderflow.accounting;

/** A value from a file as a message quotes it: a field can be a megabyte long or span lines. */
final class Shown {

    private static final int MAX = 40;

    private Shown() {
    }

    static String value(String raw) {
        String oneLine = raw.replaceAll("\\s+", " ");
        return oneLine.length() <= MAX ? oneLine : oneLine.substring(0, MAX) + "…";
    }
}
