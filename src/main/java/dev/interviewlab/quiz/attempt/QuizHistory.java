package dev.interviewlab.quiz.attempt;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A learner's finished attempts, the score trend per category across them, and the topics they
 * do worst on. Bounded: the last {@value #MAX_ATTEMPTS} attempts, of which the trend shows the
 * last {@value #TREND_ATTEMPTS}. Two queries.
 */
@Service
@Transactional(readOnly = true)
public class QuizHistory {

    static final int MAX_ATTEMPTS = 50;
    static final int TREND_ATTEMPTS = 20;
    static final int WEAKEST = 5;

    /** One attempt's score on one category. @param attemptNumber 1 for the oldest attempt in the trend */
    public record TrendPoint(int attemptNumber, String attemptId, Instant finishedAt, int questions, int pointsMillis) {
        public double percent() {
            return Math.round(pointsMillis / (double) questions) / 10.0;
        }
    }

    public record CategoryTrend(String categorySlug, List<TrendPoint> points) {
        public CategoryTrend {
            points = List.copyOf(points);
        }
    }

    /** How a learner did on one topic over their recent attempts. */
    public record TopicStanding(String topicSlug, String categorySlug, int questions, int pointsMillis) {
        public double percent() {
            return Math.round(pointsMillis / (double) questions) / 10.0;
        }
    }

    /**
     * @param attempts newest first
     * @param trendAttempts the attempts the trend covers, oldest first (attempt number i is at index i - 1)
     * @param weakest lowest score first; only topics below 100 %
     */
    public record Report(List<AttemptSummary> attempts, List<AttemptSummary> trendAttempts, List<CategoryTrend> trends,
                         List<TopicStanding> weakest) {
        public Report {
            attempts = List.copyOf(attempts);
            trendAttempts = List.copyOf(trendAttempts);
            trends = List.copyOf(trends);
            weakest = List.copyOf(weakest);
        }
    }

    private final AttemptRepository attempts;
    private final AttemptQuestionRepository questions;

    public QuizHistory(AttemptRepository attempts, AttemptQuestionRepository questions) {
        this.attempts = attempts;
        this.questions = questions;
    }

    public Report report(AttemptOwner owner) {
        List<Attempt> finished = attempts.findFinished(owner.type(), owner.key(), PageRequest.of(0, MAX_ATTEMPTS));
        if (finished.isEmpty()) {
            return new Report(List.of(), List.of(), List.of(), List.of());
        }
        List<Attempt> trendAttempts = new ArrayList<>(finished.subList(0, Math.min(TREND_ATTEMPTS, finished.size())));
        trendAttempts.sort(Comparator.comparing(Attempt::getFinishedAt).thenComparing(Attempt::getId));
        Map<Long, Integer> trendNumber = new LinkedHashMap<>();
        for (int i = 0; i < trendAttempts.size(); i++) {
            trendNumber.put(trendAttempts.get(i).getId(), i + 1);
        }

        // attempt id -> category -> [questions, points]
        Map<Long, Map<String, int[]>> byAttemptAndCategory = new LinkedHashMap<>();
        List<Object[]> scores = questions.findScores(finished.stream().map(Attempt::getId).toList());
        for (Object[] row : scores) {
            long attemptId = ((Number) row[0]).longValue();
            add(byAttemptAndCategory.computeIfAbsent(attemptId, id -> new LinkedHashMap<>()), (String) row[1], points(row));
        }

        Map<String, List<TrendPoint>> series = new LinkedHashMap<>();
        for (Attempt attempt : trendAttempts) {
            Map<String, int[]> categories = byAttemptAndCategory.getOrDefault(attempt.getId(), Map.of());
            categories.forEach((category, totals) -> series.computeIfAbsent(category, slug -> new ArrayList<>())
                    .add(new TrendPoint(trendNumber.get(attempt.getId()), attempt.getPublicId(), attempt.getFinishedAt(),
                            totals[0], totals[1])));
        }
        List<CategoryTrend> trends = series.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(entry -> new CategoryTrend(entry.getKey(), entry.getValue())).toList();

        List<TopicStanding> weakest = standings(scores).stream()
                .filter(standing -> standing.pointsMillis() < standing.questions() * Scoring.FULL)
                .sorted(Comparator.comparingDouble(TopicStanding::percent)
                        .thenComparing(Comparator.comparingInt(TopicStanding::questions).reversed())
                        .thenComparing(TopicStanding::topicSlug))
                .limit(WEAKEST)
                .toList();

        return new Report(finished.stream().map(AttemptSummary::of).toList(),
                trendAttempts.stream().map(AttemptSummary::of).toList(), trends, weakest);
    }

    /**
     * How the owner did on each topic they met over their last {@value #MAX_ATTEMPTS} finished
     * attempts, in the order the topics were first met. Two queries.
     */
    public List<TopicStanding> standings(AttemptOwner owner) {
        List<Attempt> finished = attempts.findFinished(owner.type(), owner.key(), PageRequest.of(0, MAX_ATTEMPTS));
        return finished.isEmpty() ? List.of()
                : standings(questions.findScores(finished.stream().map(Attempt::getId).toList()));
    }

    /** @param scores rows of {@link AttemptQuestionRepository#findScores} */
    private static List<TopicStanding> standings(List<Object[]> scores) {
        Map<String, int[]> byTopic = new LinkedHashMap<>();
        Map<String, String> categoryOfTopic = new LinkedHashMap<>();
        for (Object[] row : scores) {
            String topic = (String) row[2];
            add(byTopic, topic, points(row));
            categoryOfTopic.putIfAbsent(topic, (String) row[1]);
        }
        return byTopic.entrySet().stream()
                .map(entry -> new TopicStanding(entry.getKey(), categoryOfTopic.get(entry.getKey()), entry.getValue()[0],
                        entry.getValue()[1]))
                .toList();
    }

    private static int points(Object[] scoreRow) {
        return scoreRow[3] == null ? 0 : ((Number) scoreRow[3]).intValue();
    }

    private static void add(Map<String, int[]> totals, String key, int points) {
        int[] total = totals.computeIfAbsent(key, k -> new int[2]);
        total[0]++;
        total[1] += points;
    }
}
