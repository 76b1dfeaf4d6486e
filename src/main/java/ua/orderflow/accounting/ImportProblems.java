package ua.orderflow.accounting;

import java.util.ArrayList;
import java.util.List;

/**
 * The bad lines of one import: every one counted, the first hundred told. A file exported with the
 * wrong columns is bad on every line, and the answer to it must stay readable and small.
 */
final class ImportProblems {

    static final int KEPT = 100;

    private final List<String> kept = new ArrayList<>();
    private int rejected;
    private String stop;

    void reject(long line, String why) {
        rejected++;
        if (kept.size() < KEPT) {
            kept.add(at(line, why));
        }
    }

    /** The rest of the file could not be read: always told, and last, whatever was left out. */
    void stop(long line, String why) {
        rejected++;
        stop = at(line, why);
    }

    int rejected() {
        return rejected;
    }

    List<String> list() {
        List<String> list = new ArrayList<>(kept);
        int untold = rejected - kept.size() - (stop == null ? 0 : 1);
        if (untold > 0) {
            list.add("… і ще " + untold + " " + lines(untold));
        }
        if (stop != null) {
            list.add(stop);
        }
        return list;
    }

    private static String at(long line, String why) {
        return "Рядок " + line + ": " + why;
    }

    private static String lines(int n) {
        int lastTwo = n % 100;
        int last = n % 10;
        if (last == 1 && lastTwo != 11) {
            return "рядок з помилкою";
        }
        if (last >= 2 && last <= 4 && (lastTwo < 12 || lastTwo > 14)) {
            return "рядки з помилками";
        }
        return "рядків з помилками";
    }
}
