package dev.interviewlab.quiz.attempt;

import dev.interviewlab.quiz.bank.AnswerKey;

/**
 * Points for one answer, in thousandths of a point; every question is worth one point (1000).
 *
 * <ul>
 *   <li>single choice, true/false, ordering: all or nothing;</li>
 *   <li>fill-in: all, when the normalised answer equals a normalised accepted answer
 *       ({@link FillInNormalizer}), or is the accepted number followed by a unit word that fits the item
 *       ({@link FillInMatch});</li>
 *   <li>multiple choice, partial credit: (right options chosen − wrong options chosen) ÷ number of
 *       right options, never below zero, rounded down to a thousandth. With right options {a, c}:
 *       {a, c} = 1, {a} = 0.5, {a, b} = 0, {a, b, c} = 0.5, all four = 0. Ticking every box
 *       therefore earns nothing unless every option is right.</li>
 * </ul>
 * No answer earns nothing; an answer of the wrong shape for the key (an item changed type since) earns nothing.
 */
public final class Scoring {

    public static final int FULL = 1000;

    private Scoring() {
    }

    public static int pointsMillis(AnswerKey key, Response response) {
        if (response == null) {
            return 0;
        }
        if (key instanceof AnswerKey.Single single && response instanceof Response.Choice choice) {
            return single.option().equals(choice.option()) ? FULL : 0;
        }
        if (key instanceof AnswerKey.Multiple multiple && response instanceof Response.Choices choices) {
            long right = choices.options().stream().filter(multiple.options()::contains).count();
            long wrong = choices.options().size() - right;
            return (int) Math.max(0, (right - wrong) * FULL / multiple.options().size());
        }
        if (key instanceof AnswerKey.TrueFalse truth && response instanceof Response.Truth answer) {
            return truth.value() == answer.value() ? FULL : 0;
        }
        if (key instanceof AnswerKey.FillIn fillIn && response instanceof Response.Text text) {
            return FillInMatch.matches(fillIn.accepted(), text.text()) ? FULL : 0;
        }
        if (key instanceof AnswerKey.Ordering ordering && response instanceof Response.Order order) {
            return ordering.order().equals(order.options()) ? FULL : 0;
        }
        return 0;
    }
}
