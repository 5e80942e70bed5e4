package dev.interviewlab.simulation.cache.engine;

import java.util.List;
import java.util.Locale;

/**
 * A "test yourself" question generated from a run, with the answer the run computed. Texts are
 * message keys with arguments ({@link MessageArg} arguments are keys themselves).
 *
 * @param id          stable within a result page: {@code hit-ratio}, {@code stale-cause}, ...
 * @param choices     for a choice question, the options; empty for a number question
 * @param accepted    the accepted choice values (several when options tie)
 * @param number      for a number question, the right value
 * @param tolerance   for a number question, how far off an answer may be
 */
public record Question(String id, String promptKey, List<Object> promptArgs, List<Choice> choices, List<String> accepted,
                       double number, double tolerance, String explanationKey, List<Object> explanationArgs) {

    /** One option of a choice question. */
    public record Choice(String value, String labelKey, List<Object> labelArgs) {

        public Choice {
            labelArgs = List.copyOf(labelArgs);
        }
    }

    public Question {
        promptArgs = List.copyOf(promptArgs);
        choices = List.copyOf(choices);
        accepted = List.copyOf(accepted);
        explanationArgs = List.copyOf(explanationArgs);
    }

    public boolean isNumber() {
        return choices.isEmpty();
    }

    /** Whether an answer as typed or picked is right; blank answers are never right. */
    public boolean accepts(String answer) {
        if (answer == null || answer.isBlank()) {
            return false;
        }
        if (!isNumber()) {
            return accepted.contains(answer.trim());
        }
        String cleaned = answer.trim().replace('\uFF05', '%').replace("%", "").replace(',', '.').trim().toLowerCase(Locale.ROOT);
        try {
            double given = Double.parseDouble(cleaned);
            return Double.isFinite(given) && Math.abs(given - number) <= tolerance + 1e-9;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
