package ua.orderflow.desk.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleFunction;

/**
 * Chart geometry for inline SVG, computed here so that the template only draws: horizontal bars
 * (one row per stage, task or manager, a bar per series) and lines (one point per day). No script,
 * no library: the page prints and reads the same without JavaScript.
 */
public final class Charts {

    static final double WIDTH = 560;
    static final double LABEL = 190;
    static final double ROW = 22;
    static final double GAP = 5;
    static final double LINE_HEIGHT = 220;
    static final double PAD_LEFT = 56;
    static final double PAD_BOTTOM = 28;
    static final double PAD_TOP = 12;

    private Charts() {
    }

    /** One series' values, in the order of the rows or days, with how a value reads. */
    public record Series(String name, String css, List<Double> values) {
    }

    public record Bar(double x, double y, double width, double height, String css, String text, double textX) {
    }

    public record Row(String label, double labelY, List<Bar> bars) {
    }

    public record BarChart(double width, double height, List<Row> rows, List<Series> legend) {

        public boolean empty() {
            return rows.isEmpty();
        }
    }

    public record Point(double x, double y, String text) {
    }

    public record Line(String name, String css, String points, List<Point> dots) {
    }

    public record Tick(double at, String text) {
    }

    public record LineChart(double width, double height, List<Line> lines, List<Tick> xTicks, List<Tick> yTicks,
            double plotLeft, double plotRight, double plotTop, double plotBottom) {

        public boolean empty() {
            return lines.stream().allMatch(l -> l.dots().isEmpty());
        }
    }

    /** Rows of bars scaled to the largest value; a missing value (null) draws no bar. */
    static BarChart bars(List<String> labels, List<Series> series, DoubleFunction<String> text) {
        double max = series.stream().flatMap(s -> s.values().stream()).filter(v -> v != null)
                .mapToDouble(Double::doubleValue).max().orElse(0);
        double barHeight = (ROW - 4) / series.size();
        double room = WIDTH - LABEL - 90;
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            double top = i * (ROW + GAP);
            List<Bar> bars = new ArrayList<>();
            for (int s = 0; s < series.size(); s++) {
                Double value = series.get(s).values().get(i);
                if (value == null) {
                    continue;
                }
                double width = max <= 0 ? 0 : Math.max(value > 0 ? 2 : 0, room * value / max);
                double y = top + 2 + s * barHeight;
                bars.add(new Bar(LABEL, y, width, barHeight - 1, series.get(s).css(), text.apply(value),
                        LABEL + width + 6));
            }
            rows.add(new Row(labels.get(i), top + ROW / 2 + 4, bars));
        }
        double height = Math.max(ROW, labels.size() * (ROW + GAP));
        return new BarChart(WIDTH, height, rows, series);
    }

    /** Lines over days; a day without a value is skipped (the line joins its neighbours). */
    static LineChart lines(List<String> days, List<Series> series, DoubleFunction<String> text, String unit) {
        double max = series.stream().flatMap(s -> s.values().stream()).filter(v -> v != null)
                .mapToDouble(Double::doubleValue).max().orElse(0);
        double top = niceCeiling(max);
        double left = PAD_LEFT;
        double right = WIDTH - 12;
        double plotTop = PAD_TOP;
        double bottom = LINE_HEIGHT - PAD_BOTTOM;
        double step = days.size() <= 1 ? 0 : (right - left) / (days.size() - 1);
        List<Line> lines = new ArrayList<>();
        for (Series s : series) {
            List<Point> dots = new ArrayList<>();
            for (int i = 0; i < days.size(); i++) {
                Double value = s.values().get(i);
                if (value != null) {
                    double y = bottom - (top <= 0 ? 0 : (bottom - plotTop) * value / top);
                    dots.add(new Point(left + i * step, y, days.get(i) + ": " + text.apply(value)));
                }
            }
            String points = String.join(" ", dots.stream()
                    .map(p -> String.format(Locale.ROOT, "%.1f,%.1f", p.x(), p.y())).toList());
            lines.add(new Line(s.name(), s.css(), points, dots));
        }
        List<Tick> xTicks = new ArrayList<>();
        for (int i = 0; i < days.size(); i++) {
            // every other day on a two-week axis, so labels never overlap
            if (days.size() <= 8 || i % 2 == (days.size() - 1) % 2) {
                xTicks.add(new Tick(left + i * step, days.get(i)));
            }
        }
        List<Tick> yTicks = new ArrayList<>();
        for (int i = 0; i <= 4; i++) {
            double value = top * i / 4;
            yTicks.add(new Tick(bottom - (bottom - plotTop) * i / 4, trim(value) + " " + unit));
        }
        return new LineChart(WIDTH, LINE_HEIGHT, lines, xTicks, yTicks, left, right, plotTop, bottom);
    }

    /** 1, 2 or 5 times a power of ten, at least the value: an axis that ends on a round figure. */
    static double niceCeiling(double value) {
        if (value <= 0) {
            return 1;
        }
        double power = Math.pow(10, Math.floor(Math.log10(value)));
        for (double m : new double[] {1, 2, 5, 10}) {
            if (m * power >= value) {
                return m * power;
            }
        }
        return 10 * power;
    }

    private static String trim(double value) {
        // quarters of a round top: 0,25 stays 0,25
        return value == Math.rint(value) ? String.valueOf((long) value)
                : String.format(Locale.ROOT, "%.2f", value).replaceAll("0+$", "").replace('.', ',');
    }
}
