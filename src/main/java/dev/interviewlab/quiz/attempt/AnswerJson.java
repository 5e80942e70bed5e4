package dev.interviewlab.quiz.attempt;

import dev.interviewlab.quiz.bank.AnswerKey;

import java.util.List;

/**
 * Answers and answer keys in their JSON shape: the same a client sends to the quiz API
 * ({@code "b"}, {@code ["a", "c"]}, {@code true}, an order, or a text), for the API and the data export.
 */
public final class AnswerJson {

    private AnswerJson() {
    }

    public static Object of(Response response) {
        if (response == null) {
            return null;
        }
        if (response instanceof Response.Choice choice) {
            return choice.option();
        }
        if (response instanceof Response.Choices choices) {
            return List.copyOf(choices.options());
        }
        if (response instanceof Response.Truth truth) {
            return truth.value();
        }
        if (response instanceof Response.Order order) {
            return order.options();
        }
        return ((Response.Text) response).text();
    }

    /** The key in the answers' shape; null for none (an open attempt's questions carry none). */
    public static Object of(AnswerKey key) {
        if (key == null) {
            return null;
        }
        if (key instanceof AnswerKey.Single single) {
            return single.option();
        }
        if (key instanceof AnswerKey.Multiple multiple) {
            return multiple.options().stream().sorted().toList();
        }
        if (key instanceof AnswerKey.TrueFalse truth) {
            return truth.value();
        }
        if (key instanceof AnswerKey.Ordering ordering) {
            return ordering.order();
        }
        return ((AnswerKey.FillIn) key).accepted();
    }
}
