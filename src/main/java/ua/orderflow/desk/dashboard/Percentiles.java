package ua.orderflow.desk.dashboard;

import java.time.Duration;
import java.util.List;

/** p50 and p90 of durations by the nearest rank: the value below which that share of the orders lie. */
record Percentiles(Duration p50, Duration p90, int count) {

    static Percentiles of(List<Duration> durations) {
        if (durations.isEmpty()) {
            return new Percentiles(null, null, 0);
        }
        List<Duration> sorted = durations.stream().sorted().toList();
        return new Percentiles(rank(sorted, 0.5), rank(sorted, 0.9), sorted.size());
    }

    private static Duration rank(List<Duration> sorted, double share) {
        int index = (int) Math.ceil(share * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
    }

    Double p50Minutes() {
        return minutes(p50);
    }

    Double p90Minutes() {
        return minutes(p90);
    }

    private static Double minutes(Duration duration) {
        return duration == null ? null : duration.toSeconds() / 60.0;
    }

    /** «40 с», «35 хв», «2 год 10 хв», «3 дн 4 год», as a supervisor reads a duration. */
    static String words(double minutes) {
        long seconds = Math.round(minutes * 60);
        if (seconds < 60) {
            return seconds + " с";
        }
        long total = Math.round(minutes);
        long days = total / (24 * 60);
        long hours = total / 60 % 24;
        long mins = total % 60;
        if (days > 0) {
            return days + " дн" + (hours > 0 ? " " + hours + " год" : "");
        }
        if (hours > 0) {
            return hours + " год" + (mins > 0 ? " " + mins + " хв" : "");
        }
        return mins + " хв";
    }
}
