package dev.interviewlab.simulation.git.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the git-like script of the form into commands, tracking the branch HEAD is on so each
 * command gets an explicit target. One command per line:
 *
 * <pre>
 * # a comment; blank lines are ignored
 * git commit -m E [--file f.txt "line 1\nline 2"]... [--delete old.txt]...
 * git branch feature [start]
 * git switch feature            (or: git checkout feature)
 * git switch -c feature [start] (or: git checkout -b feature [start])
 * git merge [--no-ff | --ff-only | --ff] feature
 * git rebase main [feature]
 * git cherry-pick E
 * git revert [-m 1] E
 * git reset --hard C
 * git tag v1 [rev]
 * git log [--oneline] [--first-parent] [rev]
 *
 * # after a command stopped on a conflict:
 * resolve f.txt --ours | --theirs | --delete | --text "merged\ntext"
 * git commit                    (or: git merge --continue) finishes a merge; git merge --abort
 * git rebase --continue | --skip | --abort
 * git cherry-pick --continue | --abort
 * git revert --continue | --abort
 * </pre>
 *
 * File text is double-quoted with {@code \n}, {@code \t}, {@code \"} and {@code \\} escapes; a
 * final newline is added unless the text is empty or already ends with one, as editors do.
 * The repository starts empty on {@code main}; the first commit creates it.
 */
public final class ScriptParser {

    /** A line the parser or the engine rejected (1-based line number). */
    public record LineProblem(int line, String messageKey, List<Object> arguments) {
        public LineProblem {
            arguments = List.copyOf(arguments);
        }
    }

    /** The commands of a script and the line each came from. */
    public record ParsedScript(List<Command> commands, List<Integer> lines) {
        public ParsedScript {
            commands = List.copyOf(commands);
            lines = List.copyOf(lines);
        }

        public int lineOf(int step) {
            return lines.isEmpty() ? 1 : lines.get(Math.min(step, lines.size() - 1));
        }
    }

    /** Thrown with every line problem found. */
    public static final class ScriptException extends RuntimeException {
        private final transient List<LineProblem> problems;

        public ScriptException(List<LineProblem> problems) {
            super(problems.size() + " script problem(s)");
            this.problems = List.copyOf(problems);
        }

        public List<LineProblem> problems() {
            return problems;
        }
    }

    private static final String DEFAULT_BRANCH = "main";

    private final List<LineProblem> problems = new ArrayList<>();
    private final List<Command> commands = new ArrayList<>();
    private final List<Integer> lines = new ArrayList<>();
    private String head = DEFAULT_BRANCH;
    private int lineNumber;

    private ScriptParser() {
    }

    /** Parses and validates; throws {@link ScriptException} listing every problem. */
    public static ParsedScript parse(String script) {
        ScriptParser parser = new ScriptParser();
        parser.parseAll(script == null ? "" : script);
        if (!parser.problems.isEmpty()) {
            throw new ScriptException(parser.problems);
        }
        ParsedScript parsed = new ParsedScript(parser.commands, parser.lines);
        List<StepProblem> invalid = Scenario.problems(parsed.commands());
        if (!invalid.isEmpty()) {
            throw new ScriptException(invalid.stream().map(problem -> toLine(parsed, problem)).toList());
        }
        return parsed;
    }

    /** The line of a problem the engine found while running a parsed script. */
    public static LineProblem toLine(ParsedScript parsed, StepProblem problem) {
        return new LineProblem(parsed.lineOf(problem.step()), problem.messageKey(), problem.arguments());
    }

    private void parseAll(String script) {
        if (script.length() > Limits.MAX_SCRIPT_CHARS) {
            problems.add(new LineProblem(1, "git.error.scriptTooLong", List.of(Limits.MAX_SCRIPT_CHARS)));
            return;
        }
        String[] rows = script.split("\r?\n", -1);
        for (int i = 0; i < rows.length; i++) {
            lineNumber = i + 1;
            String row = rows[i].strip();
            if (row.isEmpty() || row.startsWith("#")) {
                continue;
            }
            if (commands.size() >= Limits.MAX_COMMANDS) {
                problem("git.error.tooManyCommands", Limits.MAX_COMMANDS);
                return;
            }
            List<String> words = tokens(row);
            if (words == null) {
                continue;
            }
            if (!words.isEmpty() && words.get(0).equals("resolve")) {
                resolve(words.subList(1, words.size()));
                continue;
            }
            if (words.isEmpty() || !words.get(0).equals("git") || words.size() < 2) {
                problem("git.error.notGit");
                continue;
            }
            command(words.get(1), words.subList(2, words.size()));
        }
        if (commands.isEmpty() && problems.isEmpty()) {
            problems.add(new LineProblem(1, "git.error.noCommands", List.of()));
        }
    }

    private void command(String verb, List<String> args) {
        switch (verb) {
            case "commit" -> commit(args);
            case "branch" -> {
                if (positional(args, 1, 2)) {
                    add(new Command.CreateBranch(args.get(0), args.size() > 1 ? args.get(1) : "HEAD", false));
                }
            }
            case "switch", "checkout" -> switchOrCheckout(verb, args);
            case "merge" -> merge(args);
            case "rebase" -> {
                if (proceed(Operation.REBASE, args, true)) {
                    return;
                }
                if (positional(args, 1, 2)) {
                    String branch = args.size() > 1 ? args.get(1) : head;
                    add(new Command.Rebase(branch, args.get(0)));
                    head = branch;
                }
            }
            case "cherry-pick" -> {
                if (proceed(Operation.CHERRY_PICK, args, false)) {
                    return;
                }
                if (positional(args, 1, 1)) {
                    add(new Command.CherryPick(head, args.get(0)));
                }
            }
            case "revert" -> revert(args);
            case "reset" -> {
                if (args.size() == 2 && args.get(0).equals("--hard")) {
                    add(new Command.Reset(head, args.get(1)));
                } else {
                    problem("git.error.resetHardOnly");
                }
            }
            case "tag" -> {
                if (positional(args, 1, 2)) {
                    add(new Command.Tag(args.get(0), args.size() > 1 ? args.get(1) : "HEAD"));
                }
            }
            case "log" -> log(args);
            default -> problem("git.error.unknownCommand", verb);
        }
    }

    /** {@code --continue}, {@code --skip} (rebase only) or {@code --abort} as the only argument; true when it was one. */
    private boolean proceed(Operation operation, List<String> args, boolean skip) {
        if (args.size() != 1) {
            return false;
        }
        ProceedAction action = switch (args.get(0)) {
            case "--continue" -> ProceedAction.CONTINUE;
            case "--abort" -> ProceedAction.ABORT;
            case "--skip" -> skip ? ProceedAction.SKIP : null;
            default -> null;
        };
        if (action == null) {
            return false;
        }
        add(new Command.Proceed(operation, action));
        return true;
    }

    private void resolve(List<String> args) {
        if (args.size() < 2) {
            problem("git.error.resolveUsage");
            return;
        }
        String path = args.get(0);
        String how = args.get(1);
        if (how.equals("--text") && args.size() == 3) {
            String text = args.get(2);
            add(new Command.Resolve(path, Resolution.TEXT, text.isEmpty() || text.endsWith("\n") ? text : text + "\n"));
            return;
        }
        Resolution resolution = switch (how) {
            case "--ours" -> Resolution.OURS;
            case "--theirs" -> Resolution.THEIRS;
            case "--delete" -> Resolution.DELETE;
            default -> null;
        };
        if (resolution == null || args.size() != 2) {
            problem("git.error.resolveUsage");
            return;
        }
        add(new Command.Resolve(path, resolution, null));
    }

    private void commit(List<String> args) {
        if (args.isEmpty() || args.equals(List.of("--no-edit"))) {
            // after a merge stopped on a conflict: git add the files, then git commit makes the merge commit
            add(new Command.Proceed(Operation.MERGE, ProceedAction.CONTINUE));
            return;
        }
        String id = null;
        Map<String, String> files = new LinkedHashMap<>();
        for (int i = 0; i < args.size(); i++) {
            String option = args.get(i);
            switch (option) {
                case "-m" -> {
                    if (i + 1 >= args.size()) {
                        problem("git.error.optionNeedsValue", "-m");
                        return;
                    }
                    id = args.get(++i);
                }
                case "--file" -> {
                    if (i + 2 >= args.size()) {
                        problem("git.error.optionNeedsValue", "--file");
                        return;
                    }
                    String path = args.get(++i);
                    String text = args.get(++i);
                    if (files.containsKey(path)) {
                        problem("git.error.fileTwice", path);
                        return;
                    }
                    files.put(path, text.isEmpty() || text.endsWith("\n") ? text : text + "\n");
                }
                case "--delete" -> {
                    if (i + 1 >= args.size()) {
                        problem("git.error.optionNeedsValue", "--delete");
                        return;
                    }
                    String path = args.get(++i);
                    if (files.containsKey(path)) {
                        problem("git.error.fileTwice", path);
                        return;
                    }
                    files.put(path, null);
                }
                case "--allow-empty", "-q" -> {
                    // accepted for copy-paste from real scripts; every commit may be empty here
                }
                default -> {
                    problem("git.error.unknownOption", option, "commit");
                    return;
                }
            }
        }
        if (id == null) {
            problem("git.error.commitNeedsMessage");
            return;
        }
        add(new Command.CommitFiles(head, id, files));
    }

    private void switchOrCheckout(String verb, List<String> args) {
        String create = verb.equals("switch") ? "-c" : "-b";
        if (!args.isEmpty() && args.get(0).equals(create)) {
            List<String> rest = args.subList(1, args.size());
            if (positional(rest, 1, 2)) {
                add(new Command.CreateBranch(rest.get(0), rest.size() > 1 ? rest.get(1) : "HEAD", true));
                head = rest.get(0);
            }
        } else if (positional(args, 1, 1)) {
            add(new Command.Switch(args.get(0)));
            head = args.get(0);
        }
    }

    private void merge(List<String> args) {
        if (proceed(Operation.MERGE, args, false)) {
            return;
        }
        FastForward fastForward = FastForward.ALLOW;
        String from = null;
        for (String arg : args) {
            switch (arg) {
                case "--ff" -> fastForward = FastForward.ALLOW;
                case "--no-ff" -> fastForward = FastForward.NEVER;
                case "--ff-only" -> fastForward = FastForward.ONLY;
                case "--no-edit", "-q" -> {
                    // the simulation never opens an editor
                }
                default -> {
                    if (arg.startsWith("-")) {
                        problem("git.error.unknownOption", arg, "merge");
                        return;
                    }
                    if (from != null) {
                        problem("git.error.oneMergeSource");
                        return;
                    }
                    from = arg;
                }
            }
        }
        if (from == null) {
            problem("git.error.arguments", 1, 1);
            return;
        }
        add(new Command.Merge(head, from, fastForward));
    }

    private void revert(List<String> args) {
        if (proceed(Operation.REVERT, args, false)) {
            return;
        }
        int mainline = 0;
        List<String> rest = args;
        if (args.size() >= 2 && args.get(0).equals("-m")) {
            try {
                mainline = Integer.parseInt(args.get(1));
            } catch (NumberFormatException e) {
                problem("git.error.mainlineRange");
                return;
            }
            rest = args.subList(2, args.size());
        }
        rest = rest.stream().filter(arg -> !arg.equals("--no-edit")).toList();
        if (positional(rest, 1, 1)) {
            add(new Command.Revert(head, rest.get(0), mainline));
        }
    }

    private void log(List<String> args) {
        boolean firstParent = false;
        String rev = "HEAD";
        for (String arg : args) {
            if (arg.equals("--first-parent")) {
                firstParent = true;
            } else if (arg.equals("--oneline") || arg.equals("--graph") || arg.equals("--all")) {
                // the step list always shows one line per commit
            } else if (arg.startsWith("-")) {
                problem("git.error.unknownOption", arg, "log");
                return;
            } else {
                rev = arg;
            }
        }
        add(new Command.Log(rev, firstParent));
    }

    private boolean positional(List<String> args, int min, int max) {
        for (String arg : args) {
            if (arg.startsWith("-")) {
                problem("git.error.unknownOption", arg, "");
                return false;
            }
        }
        if (args.size() < min || args.size() > max) {
            problem("git.error.arguments", min, max);
            return false;
        }
        return true;
    }

    private void add(Command command) {
        commands.add(command);
        lines.add(lineNumber);
    }

    private void problem(String key, Object... args) {
        problems.add(new LineProblem(lineNumber, key, List.of(args)));
    }

    /** Splits on blanks, keeping double-quoted text (with escapes) as one word; null after a problem. */
    private List<String> tokens(String row) {
        List<String> words = new ArrayList<>();
        int i = 0;
        while (i < row.length()) {
            char c = row.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '"') {
                StringBuilder text = new StringBuilder();
                i++;
                boolean closed = false;
                while (i < row.length()) {
                    char d = row.charAt(i++);
                    if (d == '"') {
                        closed = true;
                        break;
                    }
                    if (d == '\\' && i < row.length()) {
                        char e = row.charAt(i++);
                        switch (e) {
                            case 'n' -> text.append('\n');
                            case 't' -> text.append('\t');
                            case '"' -> text.append('"');
                            case '\\' -> text.append('\\');
                            default -> {
                                problem("git.error.escape", "\\" + e);
                                return null;
                            }
                        }
                    } else {
                        text.append(d);
                    }
                }
                if (!closed) {
                    problem("git.error.unclosedQuote");
                    return null;
                }
                words.add(text.toString());
            } else {
                int start = i;
                while (i < row.length() && !Character.isWhitespace(row.charAt(i))) {
                    i++;
                }
                words.add(row.substring(start, i));
            }
        }
        return words;
    }
}
