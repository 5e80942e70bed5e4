package dev.interviewlab.quiz.web;

import dev.interviewlab.quiz.attempt.QuizHistory;
import dev.interviewlab.simulation.svg.Svg;

import java.util.List;
import java.util.Locale;

/**
 * The history page's line chart: score (0–100 %) per category across the learner's recent
 * attempts, oldest on the left. Drawn on the server; the page puts the same numbers in a table.
 */
final class ScoreTrendChart {

    static final double WIDTH = 640;
    static final double LEFT = 48;
    static final double RIGHT = 24;
    static final double TOP = 16;
    static final double PLOT_HEIGHT = 200;
    static final double AXIS_SPACE = 36;
    static final double LEGEND_ROW = 20;
    /** Colours cycle through this many CSS classes (series-1 … series-6 in quiz.css). */
    static final int PALETTE = 6;

    private ScoreTrendChart() {
    }

    /**
     * @param names    the category names, in the order of {@code trends}
     * @param attempts how many attempts the x axis spans (attempt numbers 1 … attempts)
     */
    static String draw(List<QuizHistory.CategoryTrend> trends, List<String> names, int attempts, String title,
                       String description) {
        double height = TOP + PLOT_HEIGHT + AXIS_SPACE + LEGEND_ROW * trends.size() + 8;
        Svg svg = Svg.of("quiz-trend", WIDTH, height, title, description);
        double plotWidth = WIDTH - LEFT - RIGHT;

        svg.group("axis", 0);
        for (int percent = 0; percent <= 100; percent += 25) {
            double y = y(percent);
            svg.line(LEFT, y, WIDTH - RIGHT, y, percent == 0 ? "axis-line" : "grid-line");
            svg.text(LEFT - 6, y + 4, percent + "%", "end", "axis-label");
        }
        for (int attempt = 1; attempt <= attempts; attempt++) {
            if (attempts <= 10 || attempt % 2 == 1 || attempt == attempts) {
                svg.text(x(attempt, attempts, plotWidth), TOP + PLOT_HEIGHT + 16, Integer.toString(attempt), "middle", "axis-label");
            }
        }
        svg.end();

        for (int s = 0; s < trends.size(); s++) {
            QuizHistory.CategoryTrend trend = trends.get(s);
            String series = "series series-" + (s % PALETTE + 1);
            svg.group(series, 0);
            StringBuilder path = new StringBuilder();
            for (QuizHistory.TrendPoint point : trend.points()) {
                path.append(path.length() == 0 ? "M" : " L")
                        .append(num(x(point.attemptNumber(), attempts, plotWidth))).append(' ').append(num(y(point.percent())));
            }
            if (trend.points().size() > 1) {
                svg.path(path.toString(), "trend-line");
            }
            for (QuizHistory.TrendPoint point : trend.points()) {
                svg.group("trend-point", 0)
                        .circle(x(point.attemptNumber(), attempts, plotWidth), y(point.percent()), 4, "trend-dot")
                        .tooltip(names.get(s) + ": " + QuizViews.percent(point.percent()) + " (#" + point.attemptNumber() + ")")
                        .end();
            }
            double legendY = TOP + PLOT_HEIGHT + AXIS_SPACE + LEGEND_ROW * s;
            svg.rect(LEFT, legendY - 9, 12, 12, "legend-swatch");
            svg.text(LEFT + 18, legendY + 1, names.get(s), "start", "legend-label");
            svg.end();
        }
        return svg.build();
    }

    private static double x(int attemptNumber, int attempts, double plotWidth) {
        if (attempts <= 1) {
            return LEFT + plotWidth / 2;
        }
        return LEFT + (attemptNumber - 1) * plotWidth / (attempts - 1);
    }

    private static double y(double percent) {
        return TOP + PLOT_HEIGHT * (1 - percent / 100.0);
    }

    private static String num(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
