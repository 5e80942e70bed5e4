package dev.interviewlab.quiz.attempt;

import java.time.Instant;

/**
 * What the server kept of one answer or flag: the page shows "saved" and updates its progress bar from it.
 *
 * @param deadline null when untimed
 */
public record AnswerReceipt(String attemptId, int position, boolean answered, boolean flagged, Instant savedAt,
                            int answeredCount, int questionCount, Instant deadline) {
}
