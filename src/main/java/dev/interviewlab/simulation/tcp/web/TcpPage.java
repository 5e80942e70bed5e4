package dev.interviewlab.simulation.tcp.web;

import dev.interviewlab.simulation.Replay;

import java.util.List;

/**
 * Everything the TCP page shows, in the reader's language, computed from the engine's run: the
 * template only lays it out.
 *
 * @param result null when the settings could not be simulated
 */
public record TcpPage(List<PresetLink> presets, List<FieldGroup> form, int problemCount, List<String> otherProblems,
               Result result) {

    public record PresetLink(String key, String name, String text, boolean current) {
    }

    public record FieldGroup(String id, String legend, List<FormField> fields) {
    }

    /** @param type {@code numeric} (a text box for a whole number), {@code text} or {@code select} */
    public record FormField(String name, String label, String help, String type, String value, List<Option> options,
                     List<String> errors) {

        public boolean hasErrors() {
            return !errors.isEmpty();
        }
    }

    public record Option(String value, String label) {
    }

    public record Hidden(String name, String value) {
    }

    /** @param predictLink predict mode from the current step on, or null when no step is left to predict */
    public record Result(String heading, List<String> notes, List<Figure> figures, List<EndpointRow> endpointRows,
                  String diagram, Replay replay, String predictLink, List<Step> steps, List<StatePath> paths, Quiz quiz) {
    }

    public record Figure(String label, String value) {
    }

    public record EndpointRow(String label, String client, String server) {
    }

    /**
     * One event, as the step list and the trace table show it.
     *
     * @param replayClass is-current, is-past or is-future, so the page works without JavaScript
     * @param rule        the rule's name, null when no rule accepted the segment
     */
    public record Step(int number, String replayClass, String link, String time, String side, String what, String change,
                String sent, String loss, String notice, String rule, String citation, String explanation,
                boolean unhandled, String client, String server) {
    }

    public record StatePath(String side, List<String> states) {
    }

    /**
     * @param hidden the run's settings, sent again with the answers so the server can rebuild the questions
     * @param score  null until answers are checked
     */
    public record Quiz(List<Question> questions, List<Hidden> hidden, String score) {

        public boolean hasInvalidAnswer() {
            return questions.stream().anyMatch(Question::invalidAnswer);
        }
    }

    /** @param correct null while unchecked */
    public record Question(String id, String text, List<Option> choices, String given, Boolean correct, String feedback) {

        /** An answer was given that is not one of the choices: a tampered or hand-made request. */
        public boolean invalidAnswer() {
            return given != null && !given.isBlank() && choices.stream().noneMatch(choice -> choice.value().equals(given));
        }
    }
}
