package dev.interviewlab.simulation.git.engine;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The engine's input: the commands to run, checked against {@link Limits} and the name rules
 * when built, so the engine only ever sees a well-formed scenario. Problems that depend on the
 * history (an unknown branch) are found while running.
 */
public record Scenario(List<Command> commands) {

    /** Branch and tag names: a letter, then letters, digits, '-' or '_' (no '/', so no directory clashes). */
    public static final Pattern REF_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_-]{0," + (Limits.MAX_NAME_LENGTH - 1) + "}");
    /** Commit ids the learner gives; they are the commit messages too. */
    public static final Pattern COMMIT_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0," + (Limits.MAX_NAME_LENGTH - 1) + "}");
    /** Merge commits are named M, M2, M3, … by the engine. */
    public static final Pattern RESERVED_ID = Pattern.compile("M[0-9]*");
    /** File names: no directories and no leading dot (so no .gitattributes changes how git merges). */
    public static final Pattern PATH = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9._-]{0," + (Limits.MAX_NAME_LENGTH - 1) + "}");
    /** A branch, tag, HEAD or commit label, then any number of ~n, ^ and ^n. */
    public static final Pattern REV = Pattern.compile("(HEAD|[A-Za-z0-9_!][A-Za-z0-9_'!-]{0,40})((~[0-9]{0,3})|(\\^[12]?)){0,10}");

    public Scenario {
        commands = List.copyOf(commands);
        List<StepProblem> problems = problems(commands);
        if (!problems.isEmpty()) {
            throw new ScenarioException(problems);
        }
    }

    /** Every problem of a command list that can be seen without running it; empty when valid. */
    public static List<StepProblem> problems(List<Command> commands) {
        List<StepProblem> problems = new ArrayList<>();
        if (commands.isEmpty()) {
            problems.add(StepProblem.of(0, "steps", "git.error.noCommands"));
            return problems;
        }
        if (commands.size() > Limits.MAX_COMMANDS) {
            problems.add(StepProblem.of(Limits.MAX_COMMANDS, "steps", "git.error.tooManyCommands", Limits.MAX_COMMANDS));
            return problems;
        }
        Set<String> ids = new HashSet<>();
        int commits = 0;
        for (int i = 0; i < commands.size(); i++) {
            Command command = commands.get(i);
            if (command == null) {
                problems.add(StepProblem.of(i, "op", "git.error.missing"));
                continue;
            }
            if (command instanceof Command.CommitFiles c) {
                refName(problems, i, "branch", c.branch());
                commitId(problems, i, c.id(), ids);
                commits++;
                files(problems, i, c.files());
            } else if (command instanceof Command.CreateBranch c) {
                refName(problems, i, "name", c.name());
                rev(problems, i, "from", c.from());
            } else if (command instanceof Command.Switch c) {
                refName(problems, i, "branch", c.branch());
            } else if (command instanceof Command.Merge c) {
                refName(problems, i, "into", c.into());
                rev(problems, i, "from", c.from());
                if (c.fastForward() == null) {
                    problems.add(StepProblem.of(i, "ff", "git.error.missing"));
                }
            } else if (command instanceof Command.Rebase c) {
                refName(problems, i, "branch", c.branch());
                rev(problems, i, "onto", c.onto());
            } else if (command instanceof Command.CherryPick c) {
                refName(problems, i, "branch", c.branch());
                rev(problems, i, "rev", c.rev());
            } else if (command instanceof Command.Revert c) {
                refName(problems, i, "branch", c.branch());
                rev(problems, i, "rev", c.rev());
                if (c.mainline() < 0 || c.mainline() > 2) {
                    problems.add(StepProblem.of(i, "mainline", "git.error.mainlineRange"));
                }
            } else if (command instanceof Command.Reset c) {
                refName(problems, i, "branch", c.branch());
                rev(problems, i, "to", c.rev());
            } else if (command instanceof Command.Tag c) {
                refName(problems, i, "name", c.name());
                rev(problems, i, "rev", c.rev());
            } else if (command instanceof Command.Log c) {
                rev(problems, i, "rev", c.rev());
            } else if (command instanceof Command.Resolve c) {
                resolution(problems, i, c);
            } else if (command instanceof Command.Proceed c) {
                if (c.operation() == null || c.action() == null) {
                    problems.add(StepProblem.of(i, "op", "git.error.missing"));
                } else if (c.action() == ProceedAction.SKIP && c.operation() != Operation.REBASE) {
                    problems.add(StepProblem.of(i, "op", "git.error.skipRebaseOnly", c.operation().verb()));
                }
            }
        }
        if (commits > Limits.MAX_COMMITS) {
            problems.add(StepProblem.of(commands.size() - 1, "steps", "git.error.tooManyCommits", Limits.MAX_COMMITS));
        }
        return problems;
    }

    private static void refName(List<StepProblem> problems, int step, String field, String name) {
        if (name == null || name.isEmpty()) {
            problems.add(StepProblem.of(step, field, "git.error.missing"));
        } else if (!REF_NAME.matcher(name).matches() || name.equals("HEAD")) {
            problems.add(StepProblem.of(step, field, "git.error.refName", name, Limits.MAX_NAME_LENGTH));
        }
    }

    private static void rev(List<StepProblem> problems, int step, String field, String rev) {
        if (rev == null || rev.isEmpty()) {
            problems.add(StepProblem.of(step, field, "git.error.missing"));
        } else if (!REV.matcher(rev).matches()) {
            problems.add(StepProblem.of(step, field, "git.error.rev", rev));
        }
    }

    private static void commitId(List<StepProblem> problems, int step, String id, Set<String> ids) {
        if (id == null || id.isEmpty()) {
            problems.add(StepProblem.of(step, "id", "git.error.missing"));
        } else if (!COMMIT_ID.matcher(id).matches()) {
            problems.add(StepProblem.of(step, "id", "git.error.commitId", id, Limits.MAX_NAME_LENGTH));
        } else if (RESERVED_ID.matcher(id).matches()) {
            problems.add(StepProblem.of(step, "id", "git.error.reservedId", id));
        } else if (!ids.add(id)) {
            problems.add(StepProblem.of(step, "id", "git.error.duplicateId", id));
        }
    }

    private static void resolution(List<StepProblem> problems, int step, Command.Resolve resolve) {
        if (resolve.path() == null || !PATH.matcher(resolve.path()).matches()) {
            problems.add(StepProblem.of(step, "path", "git.error.path", String.valueOf(resolve.path()), Limits.MAX_NAME_LENGTH));
        } else if (resolve.resolution() == null) {
            problems.add(StepProblem.of(step, "resolution", "git.error.missing"));
        } else if (resolve.resolution() == Resolution.TEXT) {
            if (resolve.content() == null) {
                problems.add(StepProblem.of(step, "content", "git.error.missing"));
            } else {
                content(problems, step, "content", resolve.path(), resolve.content());
            }
        } else if (resolve.content() != null) {
            problems.add(StepProblem.of(step, "content", "git.error.contentOnlyForText"));
        }
    }

    private static void content(List<StepProblem> problems, int step, String field, String path, String content) {
        if (content.length() > Limits.MAX_FILE_CHARS) {
            problems.add(StepProblem.of(step, field, "git.error.fileTooLarge", path, Limits.MAX_FILE_CHARS));
        } else if (Lines.count(content) > Limits.MAX_FILE_LINES) {
            problems.add(StepProblem.of(step, field, "git.error.fileTooManyLines", path, Limits.MAX_FILE_LINES));
        } else if (content.indexOf('\r') >= 0 || content.indexOf('\0') >= 0) {
            problems.add(StepProblem.of(step, field, "git.error.fileCharacters", path));
        }
    }

    private static void files(List<StepProblem> problems, int step, Map<String, String> files) {
        if (files.size() > Limits.MAX_FILES) {
            problems.add(StepProblem.of(step, "files", "git.error.tooManyFiles", Limits.MAX_FILES));
            return;
        }
        files.forEach((path, content) -> {
            String field = "files." + path;
            if (path == null || !PATH.matcher(path).matches()) {
                problems.add(StepProblem.of(step, "files", "git.error.path", String.valueOf(path), Limits.MAX_NAME_LENGTH));
            } else if (content != null) {
                content(problems, step, field, path, content);
            }
        });
    }
}
