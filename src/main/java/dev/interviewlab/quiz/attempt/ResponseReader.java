package dev.interviewlab.quiz.attempt;

import dev.interviewlab.quiz.bank.ItemType;
import dev.interviewlab.web.InvalidInputException;
import dev.interviewlab.web.InvalidInputException.FieldProblem;
import dev.interviewlab.web.StorableText;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks an answer against its question: the right shape for the item type and only the
 * question's own option ids. Problems are reported on the field {@code answer}; nothing is saved.
 */
public final class ResponseReader {

    static final String FIELD = "answer";

    private ResponseReader() {
    }

    /** @return the answer, or empty when the form carries none (clear the saved answer) */
    public static Optional<Response> read(ItemType type, List<String> optionKeys, RawAnswer raw) {
        if (raw instanceof RawAnswer.Json json) {
            return Optional.of(fromJson(type, optionKeys, json.value()));
        }
        return fromForm(type, optionKeys, (RawAnswer.Form) raw);
    }

    private static Response fromJson(ItemType type, List<String> optionKeys, Object value) {
        if (value == null) {
            throw problem("quiz.error.answer.missing");
        }
        switch (type) {
            case SINGLE:
                if (value instanceof String option) {
                    return new Response.Choice(option(optionKeys, option.strip()));
                }
                throw problem("quiz.error.answer.shape.single");
            case MULTIPLE:
                return choices(optionKeys, strings(value, "quiz.error.answer.shape.multiple"));
            case TRUE_FALSE:
                if (value instanceof Boolean truth) {
                    return new Response.Truth(truth);
                }
                throw problem("quiz.error.answer.shape.trueFalse");
            case FILL_IN:
                if (value instanceof String text) {
                    return text(text);
                }
                throw problem("quiz.error.answer.shape.fillIn");
            default:
                return order(optionKeys, strings(value, "quiz.error.answer.shape.ordering"));
        }
    }

    private static Optional<Response> fromForm(ItemType type, List<String> optionKeys, RawAnswer.Form form) {
        return switch (type) {
            case SINGLE -> blank(form.choice()) ? Optional.empty()
                    : Optional.of(new Response.Choice(option(optionKeys, form.choice().strip())));
            case MULTIPLE -> {
                List<String> ticked = form.choices().stream().filter(choice -> !blank(choice)).toList();
                yield ticked.isEmpty() ? Optional.empty() : Optional.of(choices(optionKeys, ticked));
            }
            case TRUE_FALSE -> {
                if (blank(form.choice())) {
                    yield Optional.empty();
                }
                yield switch (form.choice().strip()) {
                    case "true" -> Optional.of(new Response.Truth(true));
                    case "false" -> Optional.of(new Response.Truth(false));
                    default -> throw problem("quiz.error.answer.shape.trueFalse");
                };
            }
            case FILL_IN -> blank(form.text()) ? Optional.empty() : Optional.of(text(form.text()));
            case ORDERING -> form.order().stream().allMatch(ResponseReader::blank) ? Optional.empty()
                    : Optional.of(order(optionKeys, form.order()));
        };
    }

    private static Response choices(List<String> optionKeys, List<String> chosen) {
        if (chosen.isEmpty()) {
            throw problem("quiz.error.answer.emptySelection");
        }
        TreeSet<String> options = new TreeSet<>();
        for (String option : chosen) {
            options.add(option(optionKeys, option.strip()));
        }
        return new Response.Choices(options);
    }

    private static Response order(List<String> optionKeys, List<String> order) {
        Set<String> seen = new HashSet<>();
        List<String> checked = new ArrayList<>();
        for (String option : order) {
            if (blank(option)) {
                throw problem("quiz.error.answer.orderIncomplete", optionKeys.size());
            }
            String key = option(optionKeys, option.strip());
            if (!seen.add(key)) {
                throw problem("quiz.error.answer.orderIncomplete", optionKeys.size());
            }
            checked.add(key);
        }
        if (checked.size() != optionKeys.size()) {
            throw problem("quiz.error.answer.orderIncomplete", optionKeys.size());
        }
        return new Response.Order(checked);
    }

    private static Response text(String text) {
        String stripped = StorableText.of(text).strip();
        if (stripped.isEmpty()) {
            throw problem("quiz.error.answer.missing");
        }
        if (stripped.length() > Response.MAX_TEXT) {
            throw problem("quiz.error.answer.tooLong", Response.MAX_TEXT);
        }
        return new Response.Text(stripped);
    }

    private static String option(List<String> optionKeys, String option) {
        if (!optionKeys.contains(option)) {
            throw problem("quiz.error.answer.unknownOption", abbreviate(option), String.join(", ", optionKeys));
        }
        return option;
    }

    private static List<String> strings(Object value, String shapeKey) {
        if (!(value instanceof List<?> list)) {
            throw problem(shapeKey);
        }
        List<String> strings = new ArrayList<>();
        for (Object entry : list) {
            if (!(entry instanceof String text)) {
                throw problem(shapeKey);
            }
            strings.add(text);
        }
        return strings;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    /** Echoes at most 40 characters of a tampered value back to the learner. */
    private static String abbreviate(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "…";
    }

    private static InvalidInputException problem(String key, Object... arguments) {
        return new InvalidInputException(List.of(FieldProblem.of(FIELD, key, arguments)));
    }
}
