package dev.interviewlab.simulation.git.web;

import dev.interviewlab.simulation.git.engine.Conflict;
import dev.interviewlab.simulation.git.engine.Operation;
import dev.interviewlab.simulation.git.engine.ScriptParser;
import dev.interviewlab.simulation.git.engine.SimulationResult;
import dev.interviewlab.simulation.git.engine.StepResult;

import java.util.List;

/** What the resolve-and-continue form under a stopped run needs: where to insert, and each conflicted file. */
final class GitResolveViews {

    /** One conflicted file: its work-tree text (markers included) prefills the text to edit. */
    record FileChoice(String path, String content) {
    }

    record ResolveView(String script, int line, String operation, boolean canSkip, List<FileChoice> files) {
    }

    private GitResolveViews() {
    }

    /** The form for the run's stop, or null when it ran through. */
    static ResolveView of(SimulationResult result, ScriptParser.ParsedScript parsed, String script) {
        StepResult stop = result.stoppedAt();
        if (stop == null || parsed == null) {
            return null;
        }
        Conflict conflict = stop.conflict();
        List<FileChoice> files = conflict.files().stream().map(file -> new FileChoice(file.path(), file.content())).toList();
        return new ResolveView(script, parsed.lineOf(stop.number() - 1), conflict.operation().verb(),
                conflict.operation() == Operation.REBASE, files);
    }

    /** The replay's current step when it stopped on a conflict the script then resolved (the run went on), else null. */
    static StepResult resolvedConflictAt(SimulationResult result, int current) {
        if (current < 1 || current > result.steps().size()) {
            return null;
        }
        StepResult step = result.steps().get(current - 1);
        return step.stopped() && step != result.stoppedAt() ? step : null;
    }
}
