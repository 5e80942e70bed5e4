package dev.interviewlab.simulation.git.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A random branch-and-integrate story for a review card: three files of four lines, a feature branch and
 * main each changing some lines of some files, then a merge of feature into main or a rebase of feature
 * onto main. Whether and where it conflicts is the engine's business. The same seed, the same script.
 */
public final class GitRandomScenario {

    private static final List<String> FILES = List.of("app.txt", "db.conf", "README");
    private static final List<List<String>> LINES = List.of(
            List.of("start", "serve", "log", "stop"),
            List.of("timeout = 30", "pool = 5", "retries = 3", "host = db1"),
            List.of("Orders service", "Owner: payments", "Port 8080", "Docs: wiki"));
    private static final List<String> EDITS = List.of("changed by %s", "%s was here", "%s: new value");

    private GitRandomScenario() {
    }

    /** The script: history, then the integration as its last command. */
    public static String script(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<List<String>> base = new ArrayList<>();
        LINES.forEach(lines -> base.add(new ArrayList<>(lines)));
        StringBuilder script = new StringBuilder();
        script.append(commit("A", base, FILES));
        script.append("git switch -c feature\n");
        List<List<String>> feature = copy(base);
        int featureCommits = random.nextInt(1, 3);
        for (int i = 1; i <= featureCommits; i++) {
            script.append(commit("E" + i, edit(feature, "feature", random), FILES));
        }
        script.append("git switch main\n");
        List<List<String>> main = copy(base);
        int mainCommits = random.nextInt(1, 3);
        for (int i = 1; i <= mainCommits; i++) {
            script.append(commit("C" + i, edit(main, "main", random), FILES));
        }
        if (random.nextBoolean()) {
            script.append("git merge feature\n");
        } else {
            script.append("git switch feature\ngit rebase main\n");
        }
        return script.toString();
    }

    /** Changes one or two lines of one or two files. */
    private static List<List<String>> edit(List<List<String>> files, String who, SplittableRandom random) {
        int changes = random.nextInt(1, 3);
        for (int i = 0; i < changes; i++) {
            List<String> file = files.get(random.nextInt(files.size()));
            int line = random.nextInt(file.size());
            file.set(line, String.format(EDITS.get(random.nextInt(EDITS.size())), who) + " " + random.nextInt(10));
        }
        return files;
    }

    private static String commit(String id, List<List<String>> contents, List<String> names) {
        StringBuilder line = new StringBuilder("git commit -m ").append(id);
        for (int i = 0; i < names.size(); i++) {
            line.append(" --file ").append(names.get(i)).append(" \"").append(String.join("\\n", contents.get(i))).append('"');
        }
        return line.append('\n').toString();
    }

    private static List<List<String>> copy(List<List<String>> files) {
        List<List<String>> copy = new ArrayList<>();
        files.forEach(lines -> copy.add(new ArrayList<>(lines)));
        return copy;
    }
}
