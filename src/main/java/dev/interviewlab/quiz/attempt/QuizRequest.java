package dev.interviewlab.quiz.attempt;

import java.util.List;

/**
 * A quiz as a learner asked for it, from the form or the JSON API, not yet checked. Every field may
 * be missing or wrong; {@link QuizSettings#check} says what to fix.
 *
 * @param difficulty beginner, intermediate, advanced, or blank/"any" for all
 * @param minutes    the time limit; ignored for practice
 * @param practice   untimed
 * @param sequential questions in order, no going back
 */
public record QuizRequest(List<String> categories, List<String> topics, String difficulty, Integer count,
                          Integer minutes, boolean practice, boolean sequential) {

    public QuizRequest {
        categories = categories == null ? List.of() : categories.stream().filter(s -> s != null && !s.isBlank()).map(String::strip).distinct().toList();
        topics = topics == null ? List.of() : topics.stream().filter(s -> s != null && !s.isBlank()).map(String::strip).distinct().toList();
    }
}
