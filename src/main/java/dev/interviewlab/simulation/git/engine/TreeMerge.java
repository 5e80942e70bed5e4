package dev.interviewlab.simulation.git.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A three-way merge of whole snapshots, path by path ({@link PathRule}), with the line merge for
 * paths both sides changed. Used by merge, rebase (each replayed commit), cherry-pick and revert,
 * exactly as git uses merge-ort for all four.
 */
public final class TreeMerge {

    /** What the merge decided for one path that either side touched. */
    public record PathDecision(String path, PathRule rule, int conflictHunks) {
    }

    /** A path left unmerged, with the text git leaves in the work tree (markers included). */
    public record ConflictFile(String path, PathRule rule, String content) {
    }

    /** A deleted file git would pair with an added one as a rename (not simulated). */
    public record RenameCase(String from, String to) {
    }

    /**
     * @param worktree  the merged files; conflicted paths hold the work-tree text
     * @param rename    non-null when git would detect a rename here; the rest is then not meaningful
     * @param oversized a path whose merged text grew past {@link Limits#MAX_MERGED_FILE_LINES}, or null
     */
    public record Result(Snapshot worktree, List<PathDecision> decisions, List<ConflictFile> conflicts,
                         RenameCase rename, String oversized) {
        public Result {
            decisions = List.copyOf(decisions);
            conflicts = List.copyOf(conflicts);
        }

        public boolean clean() {
            return conflicts.isEmpty();
        }
    }

    private TreeMerge() {
    }

    public static Result merge(Snapshot base, Snapshot ours, Snapshot theirs, String oursLabel, String theirsLabel) {
        TreeSet<String> paths = new TreeSet<>();
        paths.addAll(base.files().keySet());
        paths.addAll(ours.files().keySet());
        paths.addAll(theirs.files().keySet());
        TreeMap<String, String> worktree = new TreeMap<>();
        List<PathDecision> decisions = new ArrayList<>();
        List<ConflictFile> conflicts = new ArrayList<>();
        String oversized = null;
        for (String path : paths) {
            String b = base.get(path);
            String o = ours.get(path);
            String t = theirs.get(path);
            PathRule rule = PathRule.of(b, o, t);
            String result;
            int hunks = 0;
            switch (rule) {
                case UNCHANGED, SAME_CHANGE, TAKE_OURS, DELETED_BY_OURS -> result = o;
                case TAKE_THEIRS, DELETED_BY_THEIRS -> result = t;
                case DELETE_MODIFY -> result = t;
                case MODIFY_DELETE -> result = o;
                case ADD_ADD, CONTENT_MERGE -> {
                    LineMerge.Result merged = LineMerge.merge(b == null ? "" : b, o, t, oursLabel, theirsLabel);
                    result = merged.text();
                    hunks = merged.conflicts();
                }
                default -> throw new IllegalStateException("unhandled rule " + rule);
            }
            if (rule != PathRule.UNCHANGED) {
                decisions.add(new PathDecision(path, rule, hunks));
            }
            if (result != null) {
                worktree.put(path, result);
                if (oversized == null && Lines.count(result) > Limits.MAX_MERGED_FILE_LINES) {
                    oversized = path;
                }
            }
            if (rule.alwaysConflicts() || hunks > 0) {
                conflicts.add(new ConflictFile(path, rule, result));
            }
        }
        return new Result(new Snapshot(worktree), decisions, conflicts, renameCase(base, ours, theirs, decisions), oversized);
    }

    /**
     * A file deleted on one side and changed on the other is where git's rename detection would
     * change the outcome, if the deleting side added a file similar enough to be its new name.
     */
    private static RenameCase renameCase(Snapshot base, Snapshot ours, Snapshot theirs, List<PathDecision> decisions) {
        for (PathDecision decision : decisions) {
            Snapshot deletingSide;
            if (decision.rule() == PathRule.DELETE_MODIFY) {
                deletingSide = ours;
            } else if (decision.rule() == PathRule.MODIFY_DELETE) {
                deletingSide = theirs;
            } else {
                continue;
            }
            String source = base.get(decision.path());
            for (Map.Entry<String, String> file : deletingSide.files().entrySet()) {
                if (!base.has(file.getKey()) && RenameSimilarity.isRename(source, file.getValue())) {
                    return new RenameCase(decision.path(), file.getKey());
                }
            }
        }
        return null;
    }
}
