package dev.interviewlab.simulation.git.engine;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where the refs point between two commands: branches and tags (name to commit label, in the
 * order they were created) and the branch HEAD is on (null before the first commit).
 */
public record RepoState(Map<String, String> branches, Map<String, String> tags, String head) {

    public static final RepoState EMPTY = new RepoState(Map.of(), Map.of(), null);

    public RepoState {
        branches = Collections.unmodifiableMap(new LinkedHashMap<>(branches));
        tags = Collections.unmodifiableMap(new LinkedHashMap<>(tags));
    }

    /** The commit HEAD points at, or null before the first commit. */
    public String headCommit() {
        return head == null ? null : branches.get(head);
    }
}
