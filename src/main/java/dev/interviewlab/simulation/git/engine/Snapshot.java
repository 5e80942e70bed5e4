package dev.interviewlab.simulation.git.engine;

import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/** The files of one commit: path to text, sorted as git sorts a tree. */
public record Snapshot(SortedMap<String, String> files) {

    public static final Snapshot EMPTY = new Snapshot(new TreeMap<>());

    public Snapshot {
        files = Collections.unmodifiableSortedMap(new TreeMap<>(files));
    }

    public String get(String path) {
        return files.get(path);
    }

    public boolean has(String path) {
        return files.containsKey(path);
    }

    /** A copy with each change applied: a null content deletes the path. */
    public Snapshot with(Map<String, String> changes) {
        TreeMap<String, String> next = new TreeMap<>(files);
        changes.forEach((path, content) -> {
            if (content == null) {
                next.remove(path);
            } else {
                next.put(path, content);
            }
        });
        return new Snapshot(next);
    }

    public String treeId() {
        return GitObjects.treeId(files);
    }
}
