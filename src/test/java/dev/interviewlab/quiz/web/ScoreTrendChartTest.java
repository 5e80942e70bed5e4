package dev.interviewlab.quiz.web;

import dev.interviewlab.quiz.attempt.QuizHistory;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ScoreTrendChartTest {

    private static final Instant AT = Instant.parse("2030-03-04T10:00:00Z");

    @Test
    void drawsALinePerCategoryWithTitleDescriptionAndLegend() {
        String svg = ScoreTrendChart.draw(List.of(
                new QuizHistory.CategoryTrend("networking", List.of(
                        new QuizHistory.TrendPoint(1, "a1", AT, 4, 1000), new QuizHistory.TrendPoint(3, "a3", AT, 4, 4000))),
                new QuizHistory.CategoryTrend("git", List.of(new QuizHistory.TrendPoint(2, "a2", AT, 2, 1500)))),
                List.of("Networking", "Git & <tools>"), 3, "Scores", "One line per category");

        assertThat(svg).startsWith("<svg id=\"quiz-trend\"").endsWith("</svg>")
                .contains("<title id=\"quiz-trend-title\">Scores</title>")
                .contains("<desc id=\"quiz-trend-desc\">One line per category</desc>")
                .contains("class=\"series series-1\"").contains("class=\"series series-2\"")
                // networking: 25 % at attempt 1 (x = 48, y = 16 + 200 * 0.75), 100 % at attempt 3 (x = 616, y = 16)
                .contains("d=\"M48.0 166.0 L616.0 16.0\"")
                .contains("Networking: 25 % (#1)").contains("Networking: 100 % (#3)").contains("Git &amp; &lt;tools&gt;: 75 % (#2)");
        assertThat(svg.split("class=\"trend-line\"", -1)).as("a single point draws no line").hasSize(2);
    }

    @Test
    void aSingleAttemptSitsInTheMiddle() {
        String svg = ScoreTrendChart.draw(List.of(new QuizHistory.CategoryTrend("git",
                List.of(new QuizHistory.TrendPoint(1, "a1", AT, 1, 0)))), List.of("Git"), 1, "t", "d");
        assertThat(svg).contains("<circle cx=\"332\" cy=\"216\"");
    }
}
