package dev.interviewlab.simulation.git.engine;

import java.util.List;

/**
 * One commit. Parents are labels, first parent first (for a merge: the branch merged into).
 *
 * @param label     E, E', M2, !E: how the learner sees it
 * @param id        the SHA-1 real git gives this commit with the simulation's identity and dates
 * @param original  for a copy (E'), the label it was copied from; otherwise null
 * @param step      the 1-based command that created it
 */
public record Commit(String label, String id, List<String> parents, Snapshot snapshot, String message,
                     long authorTime, long committerTime, CommitOrigin origin, String original, int step) {

    public Commit {
        parents = List.copyOf(parents);
    }

    public String shortId() {
        return id.substring(0, 7);
    }

    public boolean isMerge() {
        return parents.size() > 1;
    }

    public String firstParent() {
        return parents.isEmpty() ? null : parents.get(0);
    }

    /** The first line of the message, as {@code git log --oneline} shows it. */
    public String subject() {
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
