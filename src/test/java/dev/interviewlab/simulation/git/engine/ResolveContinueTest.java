package dev.interviewlab.simulation.git.engine;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Resolve and continue: the state while a conflict is open, each way out, and the commands refused. */
class ResolveContinueTest {

    /** main and feature both change line 1 of f.txt; feature also adds g.txt in a second commit. */
    private static final String CONFLICTING = """
            git commit -m A --file f.txt "1\\n2\\n3"
            git switch -c feature
            git commit -m E --file f.txt "feature\\n2\\n3"
            git commit -m F --file g.txt "g"
            git switch main
            git commit -m C --file f.txt "main\\n2\\n3"
            """;

    private static SimulationResult run(String tail) {
        return GitEngine.run(new Scenario(ScriptParser.parse(CONFLICTING + tail).commands()));
    }

    private static String problemKey(String tail) {
        try {
            run(tail);
        } catch (ScenarioException e) {
            return e.problems().get(0).messageKey();
        } catch (ScriptParser.ScriptException e) {
            return e.problems().get(0).messageKey();
        }
        throw new AssertionError("no problem for " + tail);
    }

    @Test
    void aMergeResolvedWithOursBecomesAMergeCommitWithBothParents() {
        SimulationResult result = run("git merge feature\nresolve f.txt --ours\ngit commit\n");
        StepResult merge = result.steps().get(6);
        assertThat(merge.stopped()).isTrue();
        assertThat(merge.conflict().files().get(0).content()).isEqualTo("<<<<<<< HEAD\nmain\n=======\nfeature\n>>>>>>> feature\n2\n3\n");
        assertThat(merge.events()).extracting(Event::kind).contains(EventKind.CONFLICT, EventKind.MERGE_IN_PROGRESS)
                .doesNotContain(EventKind.ABORTED);
        assertThat(merge.after().branches().get("main")).isEqualTo("C");
        assertThat(result.stoppedAt()).isNull();
        Commit m = result.commits().get("M");
        assertThat(m.parents()).containsExactly("C", "F");
        assertThat(m.snapshot().files()).containsEntry("f.txt", "main\n2\n3\n").containsEntry("g.txt", "g\n");
        assertThat(m.message()).isEqualTo("Merge branch 'feature'\n");
        assertThat(result.finalState().branches().get("main")).isEqualTo("M");
        assertThat(result.steps().get(7).events()).extracting(Event::kind).containsExactly(EventKind.RESOLVED_OURS);
    }

    @Test
    void aRebaseResolvedWithYourOwnTextContinuesWithTheRest() {
        SimulationResult result = run("git rebase main feature\nresolve f.txt --text \"both\\n2\\n3\"\ngit rebase --continue\n");
        StepResult rebase = result.steps().get(6);
        assertThat(rebase.conflict().theirsLabel()).isEqualTo(result.commits().get("E").shortId() + " (E)");
        assertThat(rebase.conflict().files().get(0).content()).startsWith("<<<<<<< HEAD\nmain\n=======\nfeature\n>>>>>>> "
                + result.commits().get("E").shortId() + " (E)\n");
        assertThat(result.steps().get(8).created()).containsExactly("E'", "F'");
        assertThat(result.commits().get("E'").parents()).containsExactly("C");
        assertThat(result.commits().get("E'").snapshot().get("f.txt")).isEqualTo("both\n2\n3\n");
        assertThat(result.commits().get("E'").authorTime()).isEqualTo(result.commits().get("E").authorTime());
        assertThat(result.finalState().branches().get("feature")).isEqualTo("F'");
        assertThat(result.steps().get(8).shell()).contains("GIT_EDITOR=true git rebase --continue");
    }

    @Test
    void aRebaseResolvedToNothingDropsTheCommit() {
        SimulationResult result = run("git rebase main feature\nresolve f.txt --ours\ngit rebase --continue\n");
        assertThat(result.steps().get(8).events()).extracting(Event::kind).contains(EventKind.DROPPED_BECAME_EMPTY);
        assertThat(result.finalState().branches().get("feature")).isEqualTo("F'");
        assertThat(result.commits().get("F'").parents()).containsExactly("C");
    }

    @Test
    void skipDropsTheConflictingCommitAndAbortRestoresTheBranch() {
        SimulationResult skipped = run("git rebase main feature\ngit rebase --skip\n");
        assertThat(skipped.commits()).doesNotContainKey("E'");
        assertThat(skipped.finalState().branches().get("feature")).isEqualTo("F'");
        SimulationResult aborted = run("git rebase main feature\ngit rebase --abort\ngit switch main\n");
        assertThat(aborted.finalState().branches()).containsEntry("feature", "F").containsEntry("main", "C");
        assertThat(aborted.finalState().head()).isEqualTo("main");
        assertThat(aborted.stoppedAt()).isNull();
    }

    @Test
    void cherryPickAndRevertContinueMakeTheirCommits() {
        SimulationResult picked = run("git cherry-pick E\nresolve f.txt --theirs\ngit cherry-pick --continue\n");
        assertThat(picked.commits().get("E'").snapshot().get("f.txt")).isEqualTo("feature\n2\n3\n");
        assertThat(picked.commits().get("E'").parents()).containsExactly("C");
        assertThat(picked.finalState().branches().get("main")).isEqualTo("E'");
        SimulationResult reverted = run("git merge feature\nresolve f.txt --text \"x\"\ngit commit\ngit commit -m G --file f.txt \"y\"\n"
                + "git revert -m 1 M\nresolve f.txt --ours\ngit revert --continue\n");
        assertThat(reverted.stoppedAt()).isNull();
        assertThat(reverted.commits()).containsKey("!M");
    }

    @Test
    void theRunStopsWhereTheScriptLeavesTheConflictOpen() {
        SimulationResult result = run("git rebase main feature\n");
        assertThat(result.stoppedAt().number()).isEqualTo(7);
        assertThat(result.stoppedAt().events()).extracting(Event::kind).contains(EventKind.ABORTED);
        assertThat(result.finalState().branches().get("feature")).isEqualTo("F");
        SimulationResult open = GitEngine.run(new Scenario(ScriptParser.parse("""
                git commit -m A --file f.txt "1" --file h.txt "1"
                git switch -c feature
                git commit -m E --file f.txt "2" --file h.txt "2"
                git switch main
                git commit -m C --file f.txt "3" --file h.txt "3"
                git merge feature
                resolve f.txt --ours
                """).commands()));
        assertThat(open.stoppedAt().number()).isEqualTo(7);
        assertThat(open.conflict().paths()).containsExactly("h.txt");
        assertThat(open.finalState().branches().get("main")).isEqualTo("C");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "resolve f.txt --ours|git.error.noConflictOpen",
        "git rebase --continue|git.error.noOperation",
        "git commit|git.error.noOperation",
        "git merge feature\\ngit commit|git.error.unresolved",
        "git merge feature\\nresolve nope.txt --ours|git.error.notConflicted",
        "git merge feature\\nresolve f.txt --ours\\nresolve f.txt --theirs|git.error.alreadyResolved",
        "git merge feature\\ngit rebase --continue|git.error.otherOperation",
        "git merge feature\\nresolve f.txt --ours\\ngit switch feature|git.error.operationOpen",
        "git merge feature\\ngit merge --skip|git.error.unknownOption",
        "git merge feature\\nresolve f.txt|git.error.resolveUsage",
        "git merge feature\\nresolve f.txt --text|git.error.resolveUsage",
        "git merge feature\\nresolve ../f.txt --ours|git.error.path",
        "git cherry-pick E\\nresolve f.txt --ours\\ngit cherry-pick --continue|git.error.emptyPick",
    })
    void badResolutionsAreStepProblems(String tail, String key) {
        assertThat(problemKey(tail.replace("\\n", "\n") + "\n")).isEqualTo(key);
    }

    @Test
    void resolutionTextIsBounded() {
        String big = "x\\n".repeat(Limits.MAX_FILE_LINES + 1);
        assertThat(problemKey("git merge feature\nresolve f.txt --text \"" + big + "\"\n")).isEqualTo("git.error.fileTooManyLines");
        assertThatThrownBy(() -> new Scenario(java.util.List.of(new Command.Resolve("f.txt", Resolution.OURS, "x"))))
                .isInstanceOf(ScenarioException.class);
        assertThatThrownBy(() -> new Scenario(java.util.List.of(new Command.Proceed(Operation.MERGE, ProceedAction.SKIP))))
                .isInstanceOf(ScenarioException.class);
    }
}
