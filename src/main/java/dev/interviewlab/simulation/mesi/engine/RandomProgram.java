package dev.interviewlab.simulation.mesi.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A program drawn from a seed: each request picks a core, a variable, and read (60 %) or write
 * (40 %); writes store 1, 2, 3 … so every value names its write. Same settings, same program.
 *
 * @param variables  how many variables, named a, b, c, d
 * @param sameLine   all variables on one cache line (false sharing) instead of a line each
 */
public record RandomProgram(int cores, int operations, int variables, boolean sameLine, long seed) {

    public static final int WRITE_PERCENT = 40;

    public static List<InputProblem> problems(Integer cores, Integer operations, Integer variables) {
        List<InputProblem> problems = new ArrayList<>();
        if (cores == null || cores < MesiLimits.MIN_CORES || cores > MesiLimits.MAX_CORES) {
            problems.add(InputProblem.of("cores", "mesi.error.range", MesiLimits.MIN_CORES, MesiLimits.MAX_CORES));
        }
        if (operations == null || operations < 1 || operations > MesiLimits.MAX_OPERATIONS) {
            problems.add(InputProblem.of("operations", "mesi.error.range", 1, MesiLimits.MAX_OPERATIONS));
        }
        if (variables == null || variables < 1 || variables > MesiLimits.MAX_VARIABLES) {
            problems.add(InputProblem.of("variables", "mesi.error.range", 1, MesiLimits.MAX_VARIABLES));
        }
        return problems;
    }

    public MesiProgram program() {
        SplittableRandom random = new SplittableRandom(seed);
        List<String> names = new ArrayList<>();
        for (int v = 0; v < variables; v++) {
            names.add(String.valueOf((char) ('a' + v)));
        }
        Layout layout = sameLine ? new Layout(names, names.stream().map(n -> 0).toList()) : Layout.padded(names);
        List<Operation> ops = new ArrayList<>();
        int written = 0;
        for (int i = 0; i < operations; i++) {
            int core = random.nextInt(cores);
            int variable = random.nextInt(variables);
            if (random.nextInt(100) < WRITE_PERCENT) {
                ops.add(Operation.write(core, variable, ++written));
            } else {
                ops.add(Operation.read(core, variable));
            }
        }
        return new MesiProgram(cores, layout, ops);
    }
}
