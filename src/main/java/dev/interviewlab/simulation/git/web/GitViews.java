package dev.interviewlab.simulation.git.web;

import dev.interviewlab.simulation.Replay;

import java.util.List;

/** The view models of the git simulation's pages: plain records the templates only read. */
final class GitViews {

    private GitViews() {
    }

    /** One command of the step-through. */
    record StepView(int number, String command, String rule, List<String> explanations, boolean conflict,
                    String stateClass) {
    }

    /** A row of the commits table, the data alongside the graph. */
    record CommitRow(String label, String shortId, String id, String parents, String refs, int step, boolean reachable,
                     String origin, String link, boolean selected) {
    }

    /** The files of the selected commit. */
    record FileView(String path, String content, String change) {
    }

    /** One line of a conflicted file, classified for highlighting. */
    record ConflictLine(String text, String kind) {
    }

    record ConflictFileView(String path, String rule, List<ConflictLine> lines) {
    }

    record ConflictView(int step, String applying, String ours, String theirs, List<ConflictFileView> files,
                        List<String> discarded) {
    }

    record OptionView(String value, String label, boolean chosen) {
    }

    record QuestionView(String id, String prompt, boolean multiple, List<OptionView> options, Boolean correct,
                        String explanation) {
    }

    /** A run-mode result. */
    record RunView(int commandCount, int notRun, boolean stopped, String summary, Replay replay, List<StepView> steps,
                   String graphBefore, String graphAfter, List<CommitRow> commits, String selectedCommit,
                   List<FileView> files, ConflictView conflict, List<QuestionView> questions, boolean checked,
                   int score, String exportLink) {
    }

    /** A row of the compare-mode contrast table. */
    record ContrastRow(String aspect, String merge, String rebase) {
    }

    /** One side of compare mode. */
    record VariantView(String title, String graph, ConflictView conflict, String exportLink) {
    }

    record CompareView(String graphBefore, VariantView merge, VariantView rebase, List<ContrastRow> rows) {
    }

    /** A problem with the script, by line. */
    record LineError(int line, String message) {
    }
}
