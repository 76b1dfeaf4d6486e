package ua.orderflow.bench;

import java.util.LinkedHashMap;
import java.util.Map;

/** How the benchmarks round and scale the figures they report. */
final class BenchFigures {

    private BenchFigures() {
    }

    static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }

    /** CPU seconds (or anything) spent per 1000 orders, by whom spent them. */
    static Map<String, Object> perThousand(Map<String, Double> spent, int orders) {
        Map<String, Object> per = new LinkedHashMap<>();
        spent.forEach((who, value) -> per.put(who, round(value * 1000 / orders)));
        return per;
    }
}
