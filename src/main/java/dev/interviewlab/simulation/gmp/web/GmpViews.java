package dev.interviewlab.simulation.gmp.web;

import dev.interviewlab.simulation.Replay;

import java.util.List;

/** What the GMP page shows, already in the reader's language. */
final class GmpViews {

    private GmpViews() {
    }

    record Choice(String value, String label, boolean selected) {
    }

    record PresetView(String slug, String name, String description, String link) {
    }

    /**
     * @param shownSteps how many interesting ticks are steps (at most {@link GmpPageAssembler#MAX_STEPS})
     * @param allSteps   how many interesting ticks the run had
     */
    record RunView(String settings, Replay replay, String svg, List<StepView> steps, int shownSteps, int allSteps,
                   List<Figure> summary, boolean truncated, List<CompareRow> comparison, List<QuestionView> questions,
                   boolean checked, int score) {
    }

    /** @param events what the scheduler did during the tick, explained */
    record StepView(int number, int tick, String time, String stateClass, List<String> events, String link) {
    }

    record Figure(String label, String value) {
    }

    record CompareRow(String name, String total, String maxFirstRun, String longestWait, int preemptions,
                      int ignored, String link, boolean current) {
    }

    record OptionView(String value, String label, boolean chosen) {
    }

    record QuestionView(String id, String prompt, List<OptionView> options, Boolean correct, String explanation) {
    }
}
