package dev.interviewlab.simulation.git.engine;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Runs the same histories through the engine and through the real git binary and compares what
 * they made: the commit id of every branch (equal ids mean equal parents, parent order, files,
 * messages and dates), which command stopped on a conflict, the conflicted paths and their
 * work-tree text with git's markers, the commit being applied when it stopped, which commits each
 * rebase replayed (so which it dropped), and the commands git refuses. Histories outside what the
 * engine simulates (criss-cross merges, renames) are counted and must stay rare.
 */
class RealGitDifferentialTest {

    private static final int RANDOM_HISTORIES = 300;
    private static final Set<String> REFUSALS = Set.of("git.error.ffOnly", "git.error.emptyPick",
            "git.error.emptyRevert", "git.error.pickMerge", "git.error.revertMergeNeedsMainline");

    @BeforeAll
    static void needsGit() {
        assumeTrue(RealGit.available(), "the git binary is not on the PATH: the differential tests against real git are skipped");
    }

    @ParameterizedTest
    @EnumSource(Preset.class)
    void presetsMatchRealGit(Preset preset) {
        List<Command> commands = ScriptParser.parse(preset.script()).commands();
        assertThat(compare("preset " + preset, commands)).isIn(Verdict.SAME, Verdict.SAME_WITH_CONFLICT);
    }

    @Test
    void randomHistoriesMatchRealGit() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Verdict>> verdicts = new ArrayList<>();
            List<String> mismatches = Collections.synchronizedList(new ArrayList<>());
            for (int seed = 1; seed <= RANDOM_HISTORIES; seed++) {
                long s = seed;
                verdicts.add(pool.submit(() -> {
                    List<Command> commands = RandomHistory.generate(s);
                    try {
                        return compare("seed " + s, commands);
                    } catch (AssertionError e) {
                        mismatches.add(e.getMessage());
                        return Verdict.DIFFERENT;
                    }
                }));
            }
            Map<Verdict, Integer> counts = new LinkedHashMap<>();
            for (Future<Verdict> verdict : verdicts) {
                counts.merge(verdict.get(), 1, Integer::sum);
            }
            System.out.println("git differential histories: " + counts);
            assertThat(mismatches).as("histories where the engine and git differ").isEmpty();
            assertThat(counts.getOrDefault(Verdict.OUTSIDE_SIMULATION, 0)).as("histories outside the simulation: " + counts)
                    .isLessThan(RANDOM_HISTORIES / 10);
            assertThat(counts.getOrDefault(Verdict.SAME_WITH_CONFLICT, 0)).as("conflicts compared: " + counts)
                    .isGreaterThan(RANDOM_HISTORIES / 10);
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Histories that stop on a conflict, resolved by scripted steps (ours, theirs, custom text,
     * delete; continue, rebase --skip, abort) and run on, round after round: each compared with
     * git as above (every conflict's markers, then the branch tips, so the commit ids: parents,
     * trees, file contents and messages). {@code -Dgit.resolutions=2000} makes a bigger run.
     */
    @Test
    void scriptedResolutionsMatchRealGit() throws Exception {
        int seeds = Integer.getInteger("git.resolutions", 80);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Verdict>> verdicts = new ArrayList<>();
            List<String> mismatches = Collections.synchronizedList(new ArrayList<>());
            java.util.concurrent.atomic.AtomicInteger resolutionSteps = new java.util.concurrent.atomic.AtomicInteger();
            for (int seed = 1; seed <= seeds; seed++) {
                long s = seed;
                verdicts.add(pool.submit(() -> {
                    List<Command> commands = ScriptedResolutions.resolve(s, RandomHistory.generate(s));
                    long resolving = commands.stream().filter(c -> c instanceof Command.Resolve || c instanceof Command.Proceed).count();
                    if (resolving == 0) {
                        return null;
                    }
                    resolutionSteps.addAndGet((int) resolving);
                    try {
                        return compare("resolved seed " + s, commands);
                    } catch (AssertionError e) {
                        mismatches.add(e.getMessage());
                        return Verdict.DIFFERENT;
                    }
                }));
            }
            Map<Verdict, Integer> counts = new LinkedHashMap<>();
            for (Future<Verdict> verdict : verdicts) {
                if (verdict.get() != null) {
                    counts.merge(verdict.get(), 1, Integer::sum);
                }
            }
            System.out.println("git differential resolutions: " + counts + ", resolve/continue steps: " + resolutionSteps);
            assertThat(mismatches).as("resolved histories where the engine and git differ").isEmpty();
            int compared = counts.getOrDefault(Verdict.SAME, 0) + counts.getOrDefault(Verdict.SAME_WITH_CONFLICT, 0)
                    + counts.getOrDefault(Verdict.SAME_REFUSAL, 0);
            assertThat(compared).as("resolved histories compared: " + counts).isGreaterThanOrEqualTo(seeds / 6);
            assertThat(counts.getOrDefault(Verdict.OUTSIDE_SIMULATION, 0)).as("outside the simulation: " + counts)
                    .isLessThan(Math.max(3, compared / 5));
        } finally {
            pool.shutdownNow();
        }
    }

    enum Verdict { SAME, SAME_WITH_CONFLICT, SAME_REFUSAL, DIFFERENT, OUTSIDE_SIMULATION }

    private static Verdict compare(String name, List<Command> commands) {
        SimulationResult result;
        try {
            result = GitEngine.run(new Scenario(commands));
        } catch (ScenarioException e) {
            StepProblem problem = e.problems().get(0);
            if (!REFUSALS.contains(problem.messageKey())) {
                return Verdict.OUTSIDE_SIMULATION;
            }
            List<List<String>> shells = new ArrayList<>();
            e.stepsBefore().forEach(step -> shells.add(step.shell()));
            shells.add(e.failingShell());
            RealGit.Outcome git = RealGit.run(shells, commands);
            assertThat(git.failedStep()).as(name + ": git refuses step " + (problem.step() + 1) + " (" + problem.messageKey()
                    + ")\n" + describe(commands) + git.log()).isEqualTo(problem.step() + 1);
            assertThat(git.unmergedPaths()).as(name + ": a refusal leaves no conflict").isEmpty();
            return Verdict.SAME_REFUSAL;
        }
        List<List<String>> shells = new ArrayList<>();
        result.steps().forEach(step -> shells.add(step.shell()));
        RealGit.Outcome git = RealGit.run(shells, commands);
        String context = name + "\n" + describe(commands) + "git log:\n" + git.log() + "engine:\n" + describe(result);
        StepResult stop = result.stoppedAt();
        assertThat(git.failedStep()).as(context + "\nstep that stops").isEqualTo(stop == null ? null : stop.number());
        for (StepResult step : result.steps()) {
            // every conflict, the one the run stops on and the ones resolved and continued
            assertThat(git.stops().containsKey(step.number())).as(context + "\ngit stops at step " + step.number())
                    .isEqualTo(step.stopped());
            if (step.stopped()) {
                RealGit.StepStop gitStop = git.stops().get(step.number());
                Conflict conflict = step.conflict();
                assertThat(gitStop.unmergedPaths()).as(context + "\nconflicted paths at step " + step.number()).isEqualTo(conflict.paths());
                for (TreeMerge.ConflictFile file : conflict.files()) {
                    assertThat(gitStop.unmergedContents().get(file.path())).as(context + "\nwork tree of " + file.path()
                            + " at step " + step.number()).isEqualTo(file.content());
                }
                String applyingId = findId(result, conflict.applying(), step);
                assertThat(gitStop.stoppedOn().values()).as(context + "\ncommit being applied at step " + step.number())
                        .contains(applyingId);
            }
        }
        Map<String, String> engineBranches = new LinkedHashMap<>();
        result.finalState().branches().forEach((branch, label) -> engineBranches.put(branch, result.commits().get(label).id()));
        assertThat(git.branches()).as(context + "\nbranch tips").isEqualTo(engineBranches);
        for (StepResult step : result.steps()) {
            if (step.command() instanceof Command.Rebase rebase && !step.stopped()) {
                assertThat(sorted(git.replayedSubjects().get(step.number()))).as(context + "\ncommits replayed by step " + step.number())
                        .isEqualTo(sorted(replayedSubjects(result, step, rebase)));
            }
        }
        return stop == null ? Verdict.SAME : Verdict.SAME_WITH_CONFLICT;
    }

    private static String findId(SimulationResult result, String label, StepResult stop) {
        Commit commit = result.commits().get(label);
        return commit == null ? label : commit.id();
    }

    private static List<String> replayedSubjects(SimulationResult result, StepResult step, Command.Rebase rebase) {
        History history = new History(result.commits());
        String tip = step.after().branches().get(rebase.branch());
        String onto = step.after().branches().containsKey(rebase.onto()) ? step.after().branches().get(rebase.onto())
                : step.after().tags().getOrDefault(rebase.onto(), rebase.onto());
        Set<String> range = new HashSet<>(history.ancestors(tip));
        range.removeAll(history.ancestors(onto));
        return range.stream().map(label -> result.commits().get(label).subject()).toList();
    }

    private static List<String> sorted(List<String> list) {
        List<String> copy = new ArrayList<>(list == null ? List.of() : list);
        Collections.sort(copy);
        return copy;
    }

    private static String describe(List<Command> commands) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < commands.size(); i++) {
            text.append(i + 1).append(": ").append(commands.get(i)).append('\n');
        }
        return text.toString();
    }

    private static String describe(SimulationResult result) {
        StringBuilder text = new StringBuilder();
        for (Commit commit : result.commits().values()) {
            text.append(commit.id()).append(' ').append(commit.label()).append(' ').append(commit.parents())
                    .append(' ').append(commit.snapshot().files()).append('\n');
        }
        for (StepResult step : result.steps()) {
            text.append("step ").append(step.number()).append(' ').append(step.events()).append('\n');
        }
        return text.toString();
    }
}
