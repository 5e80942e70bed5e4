package dev.interviewlab.simulation.loadbalancing.web;

import dev.interviewlab.simulation.Replay;

import java.util.List;

/**
 * Everything the load-balancing page shows, in the reader's language, computed from the engine's
 * run: the template only lays it out.
 *
 * @param result null when the settings could not be simulated
 */
public record LbPage(List<PresetLink> presets, List<FieldGroup> form, int problemCount, List<String> otherProblems,
                     Result result) {

    public record PresetLink(String key, String name, String text, boolean current) {
    }

    public record FieldGroup(String id, String legend, List<FormField> fields) {
    }

    /** @param type {@code text} or {@code select} */
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

    public record Result(String heading, String lead, List<String> notes, List<Figure> figures, List<ServerRow> servers,
                         String loadChart, List<ComparisonRow> comparison, String comparisonChart, List<Figure> keyMovement,
                         String diagram, Replay replay, List<Step> steps, Quiz quiz) {
    }

    public record Figure(String label, String value) {
    }

    public record ServerRow(String name, String speed, String weight, String workers, String queueLimit, String routed,
                            String completed, String rejected, String utilisation, String peak, boolean failing) {
    }

    /** @param link the same settings run with this algorithm */
    public record ComparisonRow(String name, String link, boolean current, String p50, String p99, String mean,
                                String dropped, String retried, String spread) {
    }

    /** @param replayClass is-current, is-past or is-future, so the page works without JavaScript */
    public record Step(int number, String replayClass, String link, String time, String what, String why) {
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

        public boolean invalidAnswer() {
            return given != null && !given.isBlank() && choices.stream().noneMatch(choice -> choice.value().equals(given));
        }
    }
}
