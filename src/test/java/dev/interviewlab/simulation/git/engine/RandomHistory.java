package dev.interviewlab.simulation.git.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Generates random but well-formed histories for the differential tests: a few branches, commits
 * editing a handful of small files (with repeated lines, blank lines and missing final newlines,
 * so the line diff's tie-breaking matters), merges of every fast-forward kind, rebases,
 * cherry-picks, reverts, resets and tags.
 */
final class RandomHistory {

    private static final String[] WORDS = {
        "alpha", "beta", "gamma", "delta", "}", "", "return x;", "x = 1", "x = 2", "y = 1", "end", "{",
    };

    private final Random random;
    private final List<Command> commands = new ArrayList<>();
    private final List<String> branches = new ArrayList<>();
    private final List<String> ids = new ArrayList<>();
    private final List<String> tags = new ArrayList<>();
    /** What the generator believes each branch's files are (it does not know about conflicts or merges). */
    private final Map<String, Map<String, String>> files = new LinkedHashMap<>();
    private int nextId = 1;
    private int nextFile = 1;
    private int nextRef = 1;

    private RandomHistory(long seed) {
        this.random = new Random(seed);
    }

    static List<Command> generate(long seed) {
        return new RandomHistory(seed).build();
    }

    private List<Command> build() {
        Map<String, String> initial = new LinkedHashMap<>();
        int fileCount = 1 + random.nextInt(3);
        for (int i = 0; i < fileCount; i++) {
            initial.put("f" + nextFile++ + ".txt", randomText(3 + random.nextInt(6)));
        }
        String id = newId();
        commands.add(new Command.CommitFiles("main", id, initial));
        branches.add("main");
        files.put("main", new LinkedHashMap<>(initial));
        int length = 6 + random.nextInt(22);
        while (commands.size() < length) {
            int roll = random.nextInt(100);
            if (roll < 42) {
                commit();
            } else if (roll < 54) {
                branch();
            } else if (roll < 70) {
                merge();
            } else if (roll < 84) {
                rebase();
            } else if (roll < 89) {
                commands.add(new Command.CherryPick(anyBranch(), anyId()));
            } else if (roll < 93) {
                commands.add(new Command.Revert(anyBranch(), anyId(), 0));
            } else if (roll < 96) {
                commands.add(new Command.Reset(anyBranch(), random.nextBoolean() ? anyId() : anyBranch()));
            } else if (roll < 98) {
                String tag = "t" + nextRef++;
                tags.add(tag);
                commands.add(new Command.Tag(tag, anyId()));
            } else {
                commands.add(new Command.Switch(anyBranch()));
            }
        }
        return commands;
    }

    private void commit() {
        String branch = anyBranch();
        Map<String, String> current = files.get(branch);
        Map<String, String> changes = new LinkedHashMap<>();
        int edits = random.nextInt(10) == 0 ? 0 : 1 + random.nextInt(2);
        for (int e = 0; e < edits; e++) {
            int kind = random.nextInt(100);
            if (kind < 6 && current.size() > 1) {
                String path = pick(new ArrayList<>(current.keySet()));
                changes.put(path, null);
                current.remove(path);
            } else if (kind < 12) {
                String path = "f" + nextFile++ + ".txt";
                String text = randomText(2 + random.nextInt(4));
                changes.put(path, text);
                current.put(path, text);
            } else if (!current.isEmpty()) {
                String path = pick(new ArrayList<>(current.keySet()));
                String text = edit(current.get(path));
                changes.put(path, text);
                current.put(path, text);
            }
        }
        commands.add(new Command.CommitFiles(branch, newId(), changes));
    }

    private void branch() {
        String name = "b" + nextRef++;
        String from = random.nextInt(4) == 0 ? anyId() : anyBranch();
        commands.add(new Command.CreateBranch(name, from, random.nextBoolean()));
        branches.add(name);
        files.put(name, new LinkedHashMap<>(files.getOrDefault(from, files.get("main"))));
    }

    private void merge() {
        if (branches.size() < 2) {
            branch();
            return;
        }
        String into = anyBranch();
        int source = random.nextInt(20);
        String from = source < 3 ? anyId() : source == 3 && !tags.isEmpty() ? pick(tags) : anyBranch();
        if (from.equals(into)) {
            return;
        }
        int ff = random.nextInt(10);
        FastForward mode = ff < 4 ? FastForward.ALLOW : ff < 9 ? FastForward.NEVER : FastForward.ONLY;
        commands.add(new Command.Merge(into, from, mode));
    }

    private void rebase() {
        if (branches.size() < 2) {
            branch();
            return;
        }
        String branch = anyBranch();
        String onto = random.nextInt(6) == 0 ? anyId() : anyBranch();
        if (onto.equals(branch)) {
            return;
        }
        commands.add(new Command.Rebase(branch, onto));
    }

    private String edit(String text) {
        List<String> lines = new ArrayList<>(Lines.split(text));
        int kind = random.nextInt(100);
        if (lines.isEmpty() || kind < 30) {
            lines.add(random.nextInt(lines.size() + 1), line());
        } else if (kind < 70) {
            lines.set(random.nextInt(lines.size()), line());
        } else if (kind < 85 && lines.size() > 1) {
            lines.remove(random.nextInt(lines.size()));
        } else {
            lines.add(line());
        }
        for (int i = 0; i < lines.size() - 1; i++) {
            if (!lines.get(i).endsWith("\n")) {
                lines.set(i, lines.get(i) + "\n");
            }
        }
        String result = Lines.join(lines);
        if (random.nextInt(25) == 0 && result.endsWith("\n")) {
            result = result.substring(0, result.length() - 1);
        } else if (!result.isEmpty() && !result.endsWith("\n") && random.nextInt(3) > 0) {
            result += "\n";
        }
        return result;
    }

    private String randomText(int lines) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < lines; i++) {
            text.append(line());
        }
        return text.toString();
    }

    private String line() {
        return WORDS[random.nextInt(WORDS.length)] + "\n";
    }

    private String newId() {
        String id = "c" + nextId++;
        ids.add(id);
        return id;
    }

    private String anyBranch() {
        return pick(branches);
    }

    private String anyId() {
        return pick(ids);
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }
}
