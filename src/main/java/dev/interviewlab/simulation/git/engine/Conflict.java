package dev.interviewlab.simulation.git.engine;

import java.util.List;

/**
 * Where a merge, a replayed commit, a cherry-pick or a revert stopped. Git leaves the files below
 * in the work tree. When the script resolves and continues, the run goes on; when it does not,
 * the simulation aborts ({@code git merge --abort}, {@code git rebase --abort}), so every branch
 * keeps the commit it had before the command.
 *
 * @param applying      the commit being merged or replayed when it stopped
 * @param oursLabel     the label after {@code <<<<<<<}: HEAD
 * @param theirsLabel   the label after {@code >>>>>>>}: the branch merged, or "abc1234 (E)" for a replayed commit
 * @param discarded     copies a rebase had made before it stopped, thrown away by the abort
 * @param operation     what stopped: a merge, rebase, cherry-pick or revert (what --continue continues)
 */
public record Conflict(String applying, String oursLabel, String theirsLabel, List<TreeMerge.ConflictFile> files,
                       List<String> discarded, Operation operation) {

    public Conflict {
        files = List.copyOf(files);
        discarded = List.copyOf(discarded);
    }

    public List<String> paths() {
        return files.stream().map(TreeMerge.ConflictFile::path).toList();
    }
}
