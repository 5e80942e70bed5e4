package dev.interviewlab.simulation.mesi.web;

import dev.interviewlab.simulation.Replay;

import java.util.List;

/**
 * Everything the MESI page shows, in the reader's language, computed from the engine's output:
 * the template only lays it out.
 *
 * @param result null when the settings could not be run
 * @param check  null when the settings could not be run
 */
public record MesiPage(List<PresetLink> presets, List<Option> bugs, List<Option> sources, Result result, Check check) {

    public record PresetLink(String key, String name, String text, boolean current) {
    }

    public record Option(String value, String label) {
    }

    public record Figure(String label, String value) {
    }

    /** Bus traffic of the program as written next to the same requests with every variable on its own line. */
    public record ComparisonRow(String label, int asWritten, int padded) {
    }

    /** @param notes what went wrong, when a guarantee broke */
    public record Result(String heading, List<String> notes, List<String> lines, List<Figure> figures,
                         List<ComparisonRow> comparison, String diagram, Replay replay, List<Step> steps, Quiz quiz) {
    }

    /** @param replayClass is-current, is-past or is-future, so the page works without JavaScript */
    public record Step(int number, String replayClass, String link, String title, List<String> details,
                       List<String> violations) {
    }

    public record Hidden(String name, String value) {
    }

    /** @param score null until answers are checked */
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

    /**
     * The model checker's verdict for the chosen protocol.
     *
     * @param counterexample the program that breaks the protocol, as a script; null if none was found
     * @param violations     what its last step broke
     * @param replayLink     the simulation of that program with the same bug
     */
    public record Check(String verdict, boolean passed, List<Figure> figures, String counterexample,
                        List<String> counterexampleSteps, List<String> violations, String replayLink) {
    }
}
