package dev.interviewlab.web;

import java.util.List;

/**
 * Several problems with one input, each tied to a field (a form field, a JSON property, or a
 * line of a script). The JSON API answers it with a 400 problem detail listing every problem; a
 * form controller copies the problems into its {@code BindingResult} as field errors.
 */
public class InvalidInputException extends RuntimeException {

    /**
     * @param field       the form field or JSON property, e.g. {@code delayMs} or {@code steps[3].op}
     * @param messageKey  a key of {@code messages*.properties} or a feature bundle
     * @param arguments   values for the message's placeholders
     */
    public record FieldProblem(String field, String messageKey, List<Object> arguments) {

        public FieldProblem {
            arguments = List.copyOf(arguments);
        }

        public static FieldProblem of(String field, String messageKey, Object... arguments) {
            return new FieldProblem(field, messageKey, List.of(arguments));
        }
    }

    private final List<FieldProblem> problems;

    public InvalidInputException(List<FieldProblem> problems) {
        super(problems.size() + " invalid field(s): " + problems.stream().map(FieldProblem::field).toList());
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an invalid input has at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }

    /** Copies the problems into a form's errors, so the form shows each next to its field. */
    public void rejectInto(org.springframework.validation.Errors errors) {
        problems.forEach(problem -> errors.rejectValue(problem.field(), problem.messageKey(),
                problem.arguments().toArray(), problem.messageKey()));
    }
}
