package dev.interviewlab.simulation.gogc.web;

import dev.interviewlab.simulation.Replay;

import java.util.List;

/** What the Go GC page shows, already in the reader's language. */
final class GoGcViews {

    private GoGcViews() {
    }

    record Choice(String value, String label, boolean selected) {
    }

    record PresetView(String slug, String name, String description, String link) {
    }

    /**
     * @param bug whether the sweep freed an object a root still reached
     */
    record RunView(String barrierName, String barrierRule, String promise, String outcome, boolean bug, Replay replay,
                   String svg, List<StepView> steps, List<CompareRow> comparison, List<QuestionView> questions,
                   boolean checked, int score) {
    }

    /**
     * @param stateClass is-current, is-past or is-future, as replay.js sets them
     * @param notes      what the barrier or the collector shaded, and the invariants after the step
     */
    record StepView(int number, String stateClass, String text, String explanation, List<String> notes,
                    boolean invariantBroken, boolean bug, String link) {
    }

    record CompareRow(String barrierName, String freed, String lost, String strong, String weak, String link,
                      boolean current) {
    }

    record OptionView(String value, String label, boolean chosen) {
    }

    record QuestionView(String id, String prompt, boolean multiple, List<OptionView> options, Boolean correct,
                        String explanation) {
    }

    /** The model checker's shortest counterexample without a barrier, and how to replay it. */
    record CounterexampleView(List<String> path, String objects, int states, String link) {
    }
}
