package dev.interviewlab.quiz.attempt;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** An attempt as lists show it (resume, history): no questions. */
public record AttemptSummary(String id, AttemptStatus status, FinishReason finishReason, List<String> categorySlugs,
                             List<String> topicSlugs, int questionCount, Duration timeLimit, boolean sequential,
                             Instant startedAt, Instant deadline, Instant finishedAt, Integer scoreMillis) {

    public AttemptSummary {
        categorySlugs = List.copyOf(categorySlugs);
        topicSlugs = List.copyOf(topicSlugs);
    }

    static AttemptSummary of(Attempt attempt) {
        return new AttemptSummary(attempt.getPublicId(), attempt.getStatus(), attempt.getFinishReason(),
                attempt.getCategorySlugs(), attempt.getTopicSlugs(), attempt.getQuestionCount(), attempt.getTimeLimit(),
                attempt.isSequential(), attempt.getStartedAt(), attempt.getDeadline(), attempt.getFinishedAt(),
                attempt.getScoreMillis());
    }

    public Duration timeUsed() {
        return finishedAt == null ? null : Duration.between(startedAt, finishedAt);
    }

    /** Score as a percentage with one decimal, e.g. 72.5; null while open. */
    public Double percent() {
        return scoreMillis == null || questionCount == 0 ? null
                : Math.round(scoreMillis / (double) questionCount) / 10.0;
    }
}
