package dev.interviewlab.simulation.git.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Runs a simulation's exported commands in the real git binary, in a scratch directory with no
 * system or user configuration, and reads back what git made: one bash process per history, so
 * hundreds of histories stay within a few seconds of process start-up each.
 */
final class RealGit {

    /** What git left after running a history's commands up to the first failing one. */
    record Outcome(Map<String, String> branches, Integer failedStep, Map<Integer, StepStop> stops,
                   Map<Integer, List<String>> replayedSubjects, String log) {

        private StepStop failed() {
            return failedStep == null ? StepStop.NONE : stops.getOrDefault(failedStep, StepStop.NONE);
        }

        List<String> unmergedPaths() {
            return failed().unmergedPaths();
        }

        Map<String, String> unmergedContents() {
            return failed().unmergedContents();
        }

        Map<String, String> stoppedOn() {
            return failed().stoppedOn();
        }
    }

    /** What git left after a step that failed: unmerged paths, their work-tree text, MERGE_HEAD and the like. */
    record StepStop(List<String> unmergedPaths, Map<String, String> unmergedContents, Map<String, String> stoppedOn) {
        static final StepStop NONE = new StepStop(List.of(), Map.of(), Map.of());
    }

    private RealGit() {
    }

    static boolean available() {
        try {
            Process process = new ProcessBuilder("git", "--version").redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor(20, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * Runs every step's shell lines. After a step whose last command fails, reports the unmerged
     * paths with their work-tree text; when the next command resolves or continues, goes on,
     * otherwise stops there. For each rebase step that succeeds, lists the subjects of the commits
     * it replayed.
     */
    static Outcome run(List<List<String>> stepShells, List<Command> commands) {
        StringBuilder script = new StringBuilder();
        for (String line : ShellExport.preamble(firstBranch(commands))) {
            if (!line.equals("set -e")) {
                script.append(line).append('\n');
            }
        }
        script.append("finish() { git for-each-ref --format='BRANCH %(refname:short) %(objectname)' refs/heads; ")
                .append("echo LOG; git --no-pager log --branches --format='%H %T %P %s' 2>/dev/null; exit 0; }\n");
        script.append("report() { echo \"STOP $1\"; for p in $(git diff --name-only --diff-filter=U); do echo \"UNMERGED $1 $p\"; ")
                .append("echo \"CONTENT $1 $p $(base64 -w0 \"$p\")\"; done; ")
                .append("for r in MERGE_HEAD REBASE_HEAD CHERRY_PICK_HEAD REVERT_HEAD; do ")
                .append("v=$(git rev-parse -q --verify $r 2>/dev/null) && echo \"STOPPED $1 $r $v\"; done; }\n");
        for (int i = 0; i < stepShells.size(); i++) {
            int number = i + 1;
            Command command = commands.get(i);
            for (String line : stepShells.get(i)) {
                script.append(line).append('\n');
            }
            boolean goesOn = i + 1 < stepShells.size()
                    && (commands.get(i + 1) instanceof Command.Resolve || commands.get(i + 1) instanceof Command.Proceed);
            script.append("rc=$?\n");
            script.append("if [ $rc -ne 0 ]; then report ").append(number).append("; ")
                    .append(goesOn ? ":" : "echo \"FAILED " + number + "\"; finish").append("; ");
            if (command instanceof Command.Rebase) {
                List<String> shell = stepShells.get(i);
                String onto = shell.get(shell.size() - 1).substring("git rebase -q ".length());
                script.append("else echo \"REPLAYED ").append(number).append("\"; git log --format='SUBJECT ")
                        .append(number).append(" %s' ").append(onto).append("..HEAD; ");
            }
            script.append("fi\n");
        }
        script.append("finish\n");
        String output = bash(script.toString());
        return parse(output);
    }

    static String firstBranch(List<Command> commands) {
        for (Command command : commands) {
            if (command instanceof Command.CommitFiles commit) {
                return commit.branch();
            }
        }
        return "main";
    }

    private static Outcome parse(String output) {
        Map<String, String> branches = new LinkedHashMap<>();
        Integer failed = null;
        Map<Integer, StepStop> stops = new LinkedHashMap<>();
        Map<Integer, List<String>> replayed = new LinkedHashMap<>();
        StringBuilder log = new StringBuilder();
        String[] lines = output.split("\n", -1);
        boolean inLog = false;
        for (String line : lines) {
            String[] parts = line.split(" ", -1);
            if (inLog) {
                log.append(line).append('\n');
            } else if (line.startsWith("FAILED ")) {
                failed = Integer.parseInt(parts[1].trim());
            } else if (line.startsWith("STOP ")) {
                stops.put(Integer.parseInt(parts[1]), new StepStop(new ArrayList<>(), new LinkedHashMap<>(), new LinkedHashMap<>()));
            } else if (line.startsWith("UNMERGED ")) {
                stops.get(Integer.parseInt(parts[1])).unmergedPaths().add(parts[2]);
            } else if (line.startsWith("CONTENT ")) {
                stops.get(Integer.parseInt(parts[1])).unmergedContents().put(parts[2], new String(
                        java.util.Base64.getDecoder().decode(parts.length > 3 ? parts[3] : ""), StandardCharsets.UTF_8));
            } else if (line.startsWith("STOPPED ")) {
                stops.get(Integer.parseInt(parts[1])).stoppedOn().put(parts[2], parts[3]);
            } else if (line.startsWith("REPLAYED ")) {
                replayed.put(Integer.parseInt(parts[1].trim()), new ArrayList<>());
            } else if (line.startsWith("SUBJECT ")) {
                int space = line.indexOf(' ', 8);
                replayed.get(Integer.parseInt(line.substring(8, space))).add(line.substring(space + 1));
            } else if (line.startsWith("BRANCH ")) {
                branches.put(parts[1], parts[2]);
            } else if (line.equals("LOG")) {
                inLog = true;
            }
        }
        return new Outcome(branches, failed, stops, replayed, log.toString());
    }

    private static String bash(String script) {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("git-sim-");
            Path file = dir.resolve("run.sh");
            Files.writeString(file, script, StandardCharsets.UTF_8);
            ProcessBuilder builder = new ProcessBuilder("bash", file.toString()).directory(dir.toFile());
            Map<String, String> env = builder.environment();
            env.keySet().removeIf(key -> key.startsWith("GIT_"));
            env.put("HOME", dir.toString());
            env.put("GIT_CONFIG_NOSYSTEM", "1");
            env.put("GIT_CONFIG_GLOBAL", dir.resolve("no-global-config").toString());
            env.put("LC_ALL", "C");
            env.put("GIT_TERMINAL_PROMPT", "0");
            env.put("GIT_EDITOR", "true");
            builder.redirectErrorStream(false);
            builder.redirectError(ProcessBuilder.Redirect.DISCARD);
            Process process = builder.start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("git script did not finish in 60 s");
            }
            return output;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            if (dir != null) {
                deleteTree(dir);
            }
        }
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // a scratch directory left in the temp folder is harmless
        }
    }
}
