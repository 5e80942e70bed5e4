package dev.interviewlab.simulation.git.engine;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ScriptParserTest {

    @Test
    void readsEveryCommandWithTheBranchHeadIsOn() {
        ScriptParser.ParsedScript parsed = ScriptParser.parse("""
                # the notebook example
                git commit -m A --file f.txt "one\\ntwo" --file g.txt ""

                git checkout -b feature
                git commit -m E --delete g.txt
                git switch main
                git merge --no-ff feature
                git rebase main feature
                git cherry-pick E
                git revert -m 1 M
                git reset --hard HEAD~1
                git tag v1 E
                git log --oneline --first-parent main
                """);
        assertThat(parsed.commands()).containsExactly(
                new Command.CommitFiles("main", "A", Map.of("f.txt", "one\ntwo\n", "g.txt", "")),
                new Command.CreateBranch("feature", "HEAD", true),
                new Command.CommitFiles("feature", "E", java.util.Collections.singletonMap("g.txt", null)),
                new Command.Switch("main"),
                new Command.Merge("main", "feature", FastForward.NEVER),
                new Command.Rebase("feature", "main"),
                new Command.CherryPick("feature", "E"),
                new Command.Revert("feature", "M", 1),
                new Command.Reset("feature", "HEAD~1"),
                new Command.Tag("v1", "E"),
                new Command.Log("main", true));
        assertThat(parsed.lines()).containsExactly(2, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "git commit -m A\\ngit frobnicate|2|git.error.unknownCommand",
        "commit -m A|1|git.error.notGit",
        "git commit --file f.txt \"x\"|1|git.error.commitNeedsMessage",
        "git commit -m A --file f.txt \"open|1|git.error.unclosedQuote",
        "git commit -m A --file f.txt \"\\q\"|1|git.error.escape",
        "git commit -m A\\ngit reset C|2|git.error.resetHardOnly",
        "git commit -m A\\ngit merge a b|2|git.error.oneMergeSource",
        "git commit -m A\\ngit branch|2|git.error.arguments",
        "git commit -m A\\ngit commit -m A|2|git.error.duplicateId",
        "git commit -m M2|1|git.error.reservedId",
        "git commit -m A --file .gitattributes \"x\"|1|git.error.path",
        "git commit -m A\\ngit branch bad/name|2|git.error.refName",
        "git commit -m A\\ngit merge --squash x|2|git.error.unknownOption",
    })
    void reportsProblemsWithTheirLine(String script, int line, String key) {
        assertThatThrownBy(() -> ScriptParser.parse(script.replace("\\n", "\n")))
                .isInstanceOfSatisfying(ScriptParser.ScriptException.class, e -> {
                    assertThat(e.problems().get(0).line()).isEqualTo(line);
                    assertThat(e.problems().get(0).messageKey()).isEqualTo(key);
                });
    }

    @Test
    void reportsEveryBadLineNotOnlyTheFirst() {
        assertThatThrownBy(() -> ScriptParser.parse("git nope\ngit commit -m A\ngit also-nope"))
                .isInstanceOfSatisfying(ScriptParser.ScriptException.class,
                        e -> assertThat(e.problems()).extracting(ScriptParser.LineProblem::line).containsExactly(1, 3));
    }

    @Test
    void emptyScriptHasNothingToRun() {
        assertThatThrownBy(() -> ScriptParser.parse("# only a comment\n"))
                .isInstanceOfSatisfying(ScriptParser.ScriptException.class,
                        e -> assertThat(e.problems().get(0).messageKey()).isEqualTo("git.error.noCommands"));
    }

    @Test
    void moreThan500CommandsAreRejected() {
        String script = "git commit -m A\n" + "git log\n".repeat(Limits.MAX_COMMANDS);
        assertThatThrownBy(() -> ScriptParser.parse(script))
                .isInstanceOfSatisfying(ScriptParser.ScriptException.class,
                        e -> assertThat(e.problems().get(0)).isEqualTo(new ScriptParser.LineProblem(501,
                                "git.error.tooManyCommands", List.of(Limits.MAX_COMMANDS))));
    }

    @Test
    void everyPresetParses() {
        for (Preset preset : Preset.values()) {
            assertThat(ScriptParser.parse(preset.script()).commands()).isNotEmpty();
            assertThat(Preset.bySlug(preset.slug())).isEqualTo(preset);
        }
    }

    @Test
    void readsResolveAndContinueLinesAndWritesThemBack() {
        String script = """
                git commit -m A
                resolve f.txt --ours
                resolve g.txt --theirs
                resolve h.txt --delete
                resolve i.txt --text "a \\"b\\"\\nc"
                git commit
                git merge --continue
                git merge --abort
                git rebase --continue
                git rebase --skip
                git rebase --abort
                git cherry-pick --continue
                git cherry-pick --abort
                git revert --continue
                git revert --abort
                """;
        List<Command> commands = ScriptParser.parse(script).commands();
        assertThat(commands.subList(1, commands.size())).containsExactly(
                new Command.Resolve("f.txt", Resolution.OURS, null),
                new Command.Resolve("g.txt", Resolution.THEIRS, null),
                new Command.Resolve("h.txt", Resolution.DELETE, null),
                new Command.Resolve("i.txt", Resolution.TEXT, "a \"b\"\nc\n"),
                new Command.Proceed(Operation.MERGE, ProceedAction.CONTINUE),
                new Command.Proceed(Operation.MERGE, ProceedAction.CONTINUE),
                new Command.Proceed(Operation.MERGE, ProceedAction.ABORT),
                new Command.Proceed(Operation.REBASE, ProceedAction.CONTINUE),
                new Command.Proceed(Operation.REBASE, ProceedAction.SKIP),
                new Command.Proceed(Operation.REBASE, ProceedAction.ABORT),
                new Command.Proceed(Operation.CHERRY_PICK, ProceedAction.CONTINUE),
                new Command.Proceed(Operation.CHERRY_PICK, ProceedAction.ABORT),
                new Command.Proceed(Operation.REVERT, ProceedAction.CONTINUE),
                new Command.Proceed(Operation.REVERT, ProceedAction.ABORT));
        for (Command command : commands.subList(1, commands.size())) {
            String line = command instanceof Command.Resolve r ? ResolutionScript.line(r) : ResolutionScript.line((Command.Proceed) command);
            assertThat(ScriptParser.parse("git commit -m A\n" + line).commands().get(1)).as(line)
                    .isEqualTo(command instanceof Command.Proceed p && p.operation() == Operation.MERGE
                            && p.action() == ProceedAction.CONTINUE ? new Command.Proceed(Operation.MERGE, ProceedAction.CONTINUE) : command);
        }
        assertThat(ResolutionScript.insertAfter("a\nb\nc\n", 2, List.of("x", "y"))).isEqualTo("a\nb\nx\ny\nc\n");
        assertThat(ResolutionScript.insertAfter("a\nb\n", 2, List.of("x"))).isEqualTo("a\nb\nx\n");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "git cherry-pick --skip|git.error.unknownOption",
        "resolve f.txt --mine|git.error.resolveUsage",
        "resolve f.txt --ours extra|git.error.resolveUsage",
        "resolve|git.error.resolveUsage",
    })
    void rejectsMalformedResolveAndContinueLines(String line, String key) {
        assertThatThrownBy(() -> ScriptParser.parse("git commit -m A\n" + line))
                .isInstanceOfSatisfying(ScriptParser.ScriptException.class,
                        e -> assertThat(e.problems().get(0).messageKey()).isEqualTo(key));
    }
}
