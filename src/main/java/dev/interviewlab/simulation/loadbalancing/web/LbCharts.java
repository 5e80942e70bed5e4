package dev.interviewlab.simulation.loadbalancing.web;

import dev.interviewlab.simulation.loadbalancing.engine.LoadSeries;
import dev.interviewlab.simulation.svg.Svg;

import java.util.List;
import java.util.Locale;

/**
 * The two charts of a run: outstanding requests per server over time (lines), and p50 and p99
 * latency per algorithm (bars on a logarithmic axis, since a bad algorithm's p99 can be a hundred
 * times a good one's).
 */
final class LbCharts {

    static final double WIDTH = 560;
    private static final double LEFT = 44;
    private static final double RIGHT = 24;

    record Axes(String title, String description, String xLabel, String yLabel) {
    }

    /** One algorithm's bars. */
    record Bars(String name, double p50, double p99, boolean current) {
    }

    private LbCharts() {
    }

    static String load(LoadSeries load, List<String> names, Axes axes) {
        double height = 250;
        double top = 22;
        double plotHeight = 160;
        double plotWidth = WIDTH - LEFT - RIGHT;
        int samples = load.perServer().isEmpty() ? 0 : load.perServer().get(0).size();
        double max = load.perServer().stream().flatMap(List::stream).mapToDouble(Double::doubleValue).max().orElse(0);
        double yTop = niceCeiling(Math.max(max, 1));
        double xMax = Math.max(1, samples * load.intervalMs());
        Svg svg = Svg.of("lb-load-chart", WIDTH, height, axes.title(), axes.description());
        svg.group("lb-axes", 0);
        for (int i = 0; i <= 4; i++) {
            double y = top + plotHeight - plotHeight * i / 4;
            svg.line(LEFT, y, LEFT + plotWidth, y, i == 0 ? "lb-axis" : "lb-grid");
            svg.text(LEFT - 6, y + 4, format(yTop * i / 4.0), "end", "lb-tick");
        }
        for (int i = 0; i <= 4; i++) {
            double x = LEFT + plotWidth * i / 4;
            svg.text(x, top + plotHeight + 16, seconds(xMax * i / 4), "middle", "lb-tick");
        }
        svg.text(LEFT + plotWidth / 2, top + plotHeight + 34, axes.xLabel(), "middle", "lb-axis-label");
        svg.text(4, 12, axes.yLabel(), "start", "lb-axis-label");
        svg.end();
        for (int s = 0; s < load.perServer().size(); s++) {
            List<Double> values = load.perServer().get(s);
            StringBuilder path = new StringBuilder();
            for (int i = 0; i < values.size(); i++) {
                // each mean is drawn at the middle of its interval
                double x = LEFT + plotWidth * (i + 0.5) * load.intervalMs() / xMax;
                double y = top + plotHeight - plotHeight * values.get(i) / yTop;
                path.append(i == 0 ? "M" : " L").append(coordinate(x)).append(' ').append(coordinate(y));
            }
            svg.group("lb-series lb-series-" + s, 0).tooltip(names.get(s));
            if (!values.isEmpty()) {
                svg.path(path.toString(), "lb-line");
            }
            svg.end();
            double legendX = LEFT + s * 62;
            svg.group("lb-legend lb-series-" + s, 0).line(legendX, height - 14, legendX + 20, height - 14, "lb-line")
                    .text(legendX + 24, height - 10, names.get(s), "start", "lb-legend-text").end();
        }
        return svg.build();
    }

    static String latency(List<Bars> bars, Axes axes, String p50Label, String p99Label) {
        double row = 34;
        double top = 24;
        double labelWidth = 200;
        double plotWidth = WIDTH - labelWidth - RIGHT - 8;
        double height = top + bars.size() * row + 66;
        double highest = bars.stream().mapToDouble(Bars::p99).max().orElse(1);
        int decades = Math.max(1, (int) Math.ceil(Math.log10(Math.max(highest, 1.0001))) + 1); // from 0.1 ms
        Svg svg = Svg.of("lb-latency-chart", WIDTH, height, axes.title(), axes.description());
        svg.group("lb-axes", 0);
        for (int d = 0; d <= decades; d++) {
            double x = labelWidth + plotWidth * d / decades;
            svg.line(x, top - 4, x, top + bars.size() * row, d == 0 ? "lb-axis" : "lb-grid");
            svg.text(x, top + bars.size() * row + 16, format(Math.pow(10, d - 1)), "middle", "lb-tick");
        }
        svg.text(labelWidth + plotWidth / 2, top + bars.size() * row + 32, axes.xLabel(), "middle", "lb-axis-label");
        svg.end();
        for (int i = 0; i < bars.size(); i++) {
            Bars bar = bars.get(i);
            double y = top + i * row;
            svg.group(bar.current() ? "lb-bars lb-bars-current" : "lb-bars", 0)
                    .tooltip(bar.name() + ": " + p50Label + " " + format(bar.p50()) + " ms, " + p99Label + " " + format(bar.p99()) + " ms");
            svg.text(labelWidth - 8, y + 18, bar.name(), "end", "lb-bar-label");
            svg.rect(labelWidth, y + 4, width(bar.p99(), decades, plotWidth), 12, "lb-bar-p99");
            svg.rect(labelWidth, y + 17, width(bar.p50(), decades, plotWidth), 10, "lb-bar-p50");
            svg.end();
        }
        double legendY = height - 8;
        svg.group("lb-legend", 0).rect(labelWidth, legendY - 10, 14, 10, "lb-bar-p99")
                .text(labelWidth + 18, legendY, p99Label, "start", "lb-legend-text")
                .rect(labelWidth + 90, legendY - 10, 14, 10, "lb-bar-p50")
                .text(labelWidth + 108, legendY, p50Label, "start", "lb-legend-text").end();
        return svg.build();
    }

    /** Bar length on the log axis that starts at 0.1 ms. */
    private static double width(double ms, int decades, double plotWidth) {
        double position = Math.log10(Math.max(ms, 0.1)) + 1;
        return Math.max(1, plotWidth * Math.min(position, decades) / decades);
    }

    /** The top of the y axis: a multiple of 4 units, so the four grid lines fall on round numbers. */
    private static double niceCeiling(double value) {
        double unit = value <= 4 ? 0.25 : value <= 40 ? 1 : value <= 200 ? 5 : value <= 1000 ? 25 : 250;
        return 4 * unit * Math.ceil(value / (4 * unit));
    }

    static String format(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e12) {
            return Long.toString((long) value);
        }
        return String.format(Locale.ROOT, value >= 10 ? "%.0f" : "%.1f", value);
    }

    private static String seconds(double ms) {
        return format(ms / 1000) + " s";
    }

    private static String coordinate(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
