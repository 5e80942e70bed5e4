package dev.interviewlab.simulation.cache.web;

import dev.interviewlab.simulation.svg.Svg;

import java.util.List;
import java.util.Locale;

/**
 * A small line chart drawn on the server: time on the x axis, up to four series distinguished by
 * colour and dash pattern (so they read in print and for colour-blind learners), a legend, and
 * gaps where a series has no value (NaN).
 */
final class LineChart {

    static final double WIDTH = 560;
    static final double HEIGHT = 260;
    private static final double LEFT = 52;
    private static final double RIGHT = 12;
    private static final double TOP = 16;
    private static final double BOTTOM = 64;

    record Series(String name, double[] values) {
    }

    private LineChart() {
    }

    /**
     * @param xMax     the time the last point stands for, in milliseconds
     * @param yMax     the top of the y axis (at least the largest value)
     * @param yPercent whether y values are percentages (axis labels with %)
     */
    static String draw(String id, String title, String description, String xLabel, String yLabel, double xMax, double yMax,
                       boolean yPercent, List<Series> series) {
        Svg svg = Svg.of(id, WIDTH, HEIGHT, title, description);
        double plotWidth = WIDTH - LEFT - RIGHT;
        double plotHeight = HEIGHT - TOP - BOTTOM;
        double top = yMax <= 0 ? 1 : yMax;
        svg.group("chart-axes", 0);
        for (int i = 0; i <= 4; i++) {
            double value = top * i / 4;
            double y = TOP + plotHeight - plotHeight * i / 4;
            svg.line(LEFT, y, LEFT + plotWidth, y, i == 0 ? "chart-axis" : "chart-grid");
            svg.text(LEFT - 6, y + 4, yPercent ? format(value) + "%" : format(value), "end", "chart-tick");
        }
        for (int i = 0; i <= 5; i++) {
            double x = LEFT + plotWidth * i / 5;
            svg.line(x, TOP + plotHeight, x, TOP + plotHeight + 4, "chart-axis");
            svg.text(x, TOP + plotHeight + 16, time(xMax * i / 5), "middle", "chart-tick");
        }
        svg.text(LEFT + plotWidth / 2, TOP + plotHeight + 32, xLabel, "middle", "chart-label");
        svg.text(LEFT, TOP - 4, yLabel, "start", "chart-label");
        svg.end();
        for (int s = 0; s < series.size(); s++) {
            double[] values = series.get(s).values();
            StringBuilder path = new StringBuilder();
            boolean pen = false;
            for (int i = 0; i < values.length; i++) {
                if (Double.isNaN(values[i])) {
                    pen = false;
                    continue;
                }
                double x = LEFT + (values.length == 1 ? 0 : plotWidth * i / (values.length - 1));
                double y = TOP + plotHeight - plotHeight * Math.min(values[i], top) / top;
                path.append(pen ? " L" : (path.length() == 0 ? "M" : " M")).append(coordinate(x)).append(' ').append(coordinate(y));
                pen = true;
            }
            svg.group("chart-series series-" + s, 0).tooltip(series.get(s).name());
            if (path.length() > 0) {
                svg.path(path.toString(), "chart-line");
            }
            svg.end();
        }
        double legendY = HEIGHT - 10;
        double legendX = LEFT;
        for (int s = 0; s < series.size(); s++) {
            svg.group("chart-legend series-" + s, 0);
            svg.line(legendX, legendY - 4, legendX + 22, legendY - 4, "chart-line");
            svg.text(legendX + 27, legendY, series.get(s).name(), "start", "chart-legend-text");
            svg.end();
            legendX += Math.min(260, 40 + 7 * series.get(s).name().length());
        }
        return svg.build();
    }

    /** Milliseconds as the axis shows them: "850 ms", "1.5 s". */
    static String time(double ms) {
        if (ms >= 1000) {
            return format(ms / 1000) + " s";
        }
        return format(ms) + " ms";
    }

    static String format(double value) {
        if (value == Math.rint(value)) {
            return Long.toString((long) value);
        }
        return String.format(Locale.ROOT, value >= 10 ? "%.0f" : "%.1f", value);
    }

    private static String coordinate(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
