package dev.interviewlab.simulation.git.engine;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The engine's decisions on small histories; the differential tests cover agreement with real git at large. */
class GitEngineTest {

    private static SimulationResult run(String script) {
        return GitEngine.run(new Scenario(ScriptParser.parse(script).commands()));
    }

    private static final String DIVERGED = """
            git commit -m A --file f.txt "1\\n2\\n3\\n4\\n5"
            git switch -c feature
            git commit -m E --file f.txt "one\\n2\\n3\\n4\\n5"
            git commit -m F --file g.txt "g"
            git switch main
            git commit -m C --file f.txt "1\\n2\\n3\\n4\\nfive"
            """;

    @ParameterizedTest(name = "{0}: main at {1}, new commits {2}")
    @CsvSource(delimiter = '|', value = {
        "git merge feature|M|M",
        "git merge --no-ff feature|M|M",
        "git switch feature\\ngit rebase main|C|E',F'",
        "git switch feature\\ngit rebase main\\ngit switch main\\ngit merge feature|F'|E',F'",
        "git cherry-pick F|F'|F'",
        "git reset --hard A|A|",
    })
    void integratesAsGitDoes(String tail, String mainTip, String created) {
        SimulationResult result = run(DIVERGED + tail.replace("\\n", "\n"));
        assertThat(result.finalState().branches().get("main")).isEqualTo(mainTip);
        List<String> made = result.steps().stream().skip(6).flatMap(step -> step.created().stream()).toList();
        assertThat(String.join(",", made)).isEqualTo(created == null ? "" : created);
    }

    @Test
    void mergeCommitsFirstParentIsTheBranchMergedInto() {
        SimulationResult result = run(DIVERGED + "git merge feature\n");
        assertThat(result.commits().get("M").parents()).containsExactly("C", "F");
        assertThat(result.commits().get("M").snapshot().files()).containsEntry("f.txt", "one\n2\n3\n4\nfive\n");
        assertThat(result.commits().get("M").message()).isEqualTo("Merge branch 'feature'\n");
    }

    @Test
    void fastForwardUnlessNoFf() {
        String ahead = "git commit -m A\ngit switch -c feature\ngit commit -m E\ngit switch main\n";
        assertThat(run(ahead + "git merge feature").finalState().branches().get("main")).isEqualTo("E");
        assertThat(run(ahead + "git merge --no-ff feature").commits().get("M").parents()).containsExactly("A", "E");
        assertThat(run(ahead + "git merge --ff-only feature").finalState().branches().get("main")).isEqualTo("E");
    }

    @Test
    void ffOnlyRefusesADivergedMerge() {
        assertThatThrownBy(() -> run(DIVERGED + "git merge --ff-only feature"))
                .isInstanceOfSatisfying(ScenarioException.class,
                        e -> assertThat(e.problems().get(0).messageKey()).isEqualTo("git.error.ffOnly"));
    }

    @Test
    void rebaseDropsTheCommitAlreadyCherryPickedUpstream() {
        SimulationResult result = run(Preset.REBASE_FIVE.script());
        StepResult rebase = result.steps().get(result.steps().size() - 1);
        assertThat(rebase.events()).contains(Event.of(EventKind.DROPPED_ALREADY_UPSTREAM, "E3", "E3'"));
        assertThat(rebase.created()).containsExactly("E1'", "E2'", "E4'", "E5'");
        assertThat(result.unreachableAfter(rebase)).contains("E1", "E2", "E3", "E4", "E5");
    }

    @Test
    void rebaseConflictStopsAndKeepsTheBranch() {
        SimulationResult result = run("""
                git commit -m A --file f.txt "x"
                git switch -c feature
                git commit -m E --file f.txt "y"
                git switch main
                git commit -m C --file f.txt "z"
                git switch feature
                git rebase main
                git commit -m never
                """);
        StepResult stop = result.stoppedAt();
        assertThat(stop.number()).isEqualTo(7);
        assertThat(stop.conflict().applying()).isEqualTo("E");
        assertThat(stop.conflict().theirsLabel()).isEqualTo(result.commits().get("E").shortId() + " (E)");
        assertThat(stop.conflict().files().get(0).content())
                .isEqualTo("<<<<<<< HEAD\nz\n=======\ny\n>>>>>>> " + result.commits().get("E").shortId() + " (E)\n");
        assertThat(result.finalState().branches()).containsEntry("feature", "E");
        assertThat(result.notRun()).isEqualTo(1);
    }

    @Test
    void revertMakesTheInverseCommit() {
        SimulationResult result = run(DIVERGED + "git revert C");
        Commit revert = result.commits().get("!C");
        assertThat(revert.snapshot().files()).containsEntry("f.txt", "1\n2\n3\n4\n5\n");
        assertThat(revert.message()).startsWith("Revert \"C\"\n\nThis reverts commit " + result.commits().get("C").id());
    }

    @Test
    void crissCrossHistoryIsOutsideTheSimulation() {
        assertThatThrownBy(() -> run("""
                git commit -m A --file f.txt "a"
                git branch feature
                git commit -m C --file f.txt "c"
                git switch feature
                git commit -m E --file g.txt "e"
                git merge --no-ff C
                git switch main
                git merge --no-ff E
                git commit -m D
                git switch feature
                git commit -m F
                git merge main
                """)).isInstanceOfSatisfying(ScenarioException.class,
                e -> assertThat(e.problems().get(0).messageKey()).isEqualTo("git.error.crissCross"));
    }

    @Test
    void renameGitWouldDetectIsOutsideTheSimulation() {
        assertThatThrownBy(() -> run("""
                git commit -m A --file old.txt "one\\ntwo\\nthree\\nfour"
                git switch -c feature
                git commit -m E --delete old.txt --file new.txt "one\\ntwo\\nthree\\nfour"
                git switch main
                git commit -m C --file old.txt "one\\ntwo\\nthree\\nfour\\nfive"
                git merge feature
                """)).isInstanceOfSatisfying(ScenarioException.class,
                e -> assertThat(e.problems().get(0).messageKey()).isEqualTo("git.error.rename"));
    }

    @Test
    void sameScenarioGivesTheSameIdsEveryTime() {
        SimulationResult first = run(Preset.NOTEBOOK.script());
        SimulationResult second = run(Preset.NOTEBOOK.script());
        assertThat(first.commits().values()).extracting(Commit::id)
                .containsExactlyElementsOf(second.commits().values().stream().map(Commit::id).toList());
    }

    @Test
    void unknownBranchIsAProblemOfThatStep() {
        assertThatThrownBy(() -> run("git commit -m A\ngit switch nowhere"))
                .isInstanceOfSatisfying(ScenarioException.class, e -> {
                    assertThat(e.problems().get(0).step()).isEqualTo(1);
                    assertThat(e.problems().get(0).messageKey()).isEqualTo("git.error.unknownBranch");
                });
    }

    @Test
    void fileLimitsAreCheckedBeforeRunning() {
        List<StepProblem> problems = Scenario.problems(List.of(new Command.CommitFiles("main", "A",
                Map.of("f.txt", "line\n".repeat(Limits.MAX_FILE_LINES + 1)))));
        assertThat(problems).extracting(StepProblem::messageKey).containsExactly("git.error.fileTooManyLines");
    }

    @Test
    void generatedQuestionsHaveTheirAnswersAmongTheOptions() {
        for (Preset preset : Preset.values()) {
            for (Question question : Questions.of(run(preset.script()))) {
                assertThat(question.options()).containsAll(question.correct());
            }
        }
    }

    @Test
    void comparisonContrastsMergeAndRebase() {
        Comparison comparison = Comparison.of(ScriptParser.parse(Preset.NOTEBOOK.history()).commands(), "main", "feature");
        assertThat(comparison.merge().newCommits()).containsExactly("M");
        assertThat(comparison.merge().linear()).isFalse();
        assertThat(comparison.rebase().rewritten()).containsEntry("E", "E'").containsEntry("F", "F'");
        assertThat(comparison.rebase().linear()).isTrue();
    }
}
