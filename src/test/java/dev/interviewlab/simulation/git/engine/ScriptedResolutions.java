package dev.interviewlab.simulation.git.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Adds scripted resolutions to a history for the differential tests: where the engine stops on a
 * conflict, inserts a resolution of every conflicted file (ours, theirs, custom text, delete) and
 * a continue, or a rebase --skip, or an abort, then runs again, until the history runs through or
 * a round limit is reached. Deterministic for the seed.
 */
final class ScriptedResolutions {

    private static final int MAX_ROUNDS = 6;
    private static final String[] LINES = {"merged", "x = 3", "", "}", "alpha", "return y;"};

    private ScriptedResolutions() {
    }

    static List<Command> resolve(long seed, List<Command> history) {
        Random random = new Random(seed * 7919 + 13);
        List<Command> commands = new ArrayList<>(history);
        for (int round = 0; round < MAX_ROUNDS; round++) {
            SimulationResult result;
            try {
                result = GitEngine.run(new Scenario(commands));
            } catch (ScenarioException e) {
                return commands;
            }
            StepResult stop = result.stoppedAt();
            if (stop == null) {
                return commands;
            }
            Operation operation = Operation.stoppedBy(stop.command());
            List<Command> fix = new ArrayList<>();
            int roll = random.nextInt(10);
            if (roll == 0) {
                fix.add(new Command.Proceed(operation, ProceedAction.ABORT));
            } else if (roll == 1 && operation == Operation.REBASE) {
                fix.add(new Command.Proceed(operation, ProceedAction.SKIP));
            } else {
                for (TreeMerge.ConflictFile file : stop.conflict().files()) {
                    fix.add(resolution(random, file.path()));
                }
                fix.add(new Command.Proceed(operation, ProceedAction.CONTINUE));
            }
            commands.addAll(stop.number(), fix);
        }
        return commands;
    }

    private static Command.Resolve resolution(Random random, String path) {
        int roll = random.nextInt(10);
        if (roll < 3) {
            return new Command.Resolve(path, Resolution.OURS, null);
        } else if (roll < 6) {
            return new Command.Resolve(path, Resolution.THEIRS, null);
        } else if (roll < 9) {
            StringBuilder text = new StringBuilder();
            int lines = random.nextInt(4);
            for (int i = 0; i < lines; i++) {
                text.append(LINES[random.nextInt(LINES.length)]).append('\n');
            }
            if (random.nextInt(4) == 0) {
                text.append("no final newline");
            }
            return new Command.Resolve(path, Resolution.TEXT, text.toString());
        }
        return new Command.Resolve(path, Resolution.DELETE, null);
    }
}
