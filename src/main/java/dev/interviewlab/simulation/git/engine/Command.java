package dev.interviewlab.simulation.git.engine;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One git command of a scenario, with every target explicit (the script parser fills in the
 * branch HEAD is on). Revisions name a branch, a tag or a commit label, optionally followed by
 * {@code ~n} or {@code ^n}.
 */
public sealed interface Command {

    /** The command's name as the step list and the rule table show it. */
    CommandKind kind();

    /** {@code git switch branch} (or the first commit on an unborn branch), then {@code git commit}; a null content deletes the file. */
    record CommitFiles(String branch, String id, Map<String, String> files) implements Command {
        public CommitFiles {
            files = Collections.unmodifiableMap(files == null ? new LinkedHashMap<>() : new LinkedHashMap<>(files));
        }

        @Override
        public CommandKind kind() {
            return CommandKind.COMMIT;
        }
    }

    /** {@code git branch name from}, or {@code git switch -c name from} when {@code switchTo}. */
    record CreateBranch(String name, String from, boolean switchTo) implements Command {
        @Override
        public CommandKind kind() {
            return CommandKind.BRANCH;
        }
    }

    /** {@code git switch branch}. */
    record Switch(String branch) implements Command {
        @Override
        public CommandKind kind() {
            return CommandKind.SWITCH;
        }
    }

    /** {@code git switch into && git merge [--no-ff|--ff-only] from}. */
    record Merge(String into, String from, FastForward fastForward) implements Command {
        @Override
        public CommandKind kind() {
            return CommandKind.MERGE;
        }
    }

    /** {@code git rebase onto branch}: replays branch's own commits on top of onto. */
    record Rebase(String branch, String onto) implements Command {
        @Override
        public CommandKind kind() {
            return CommandKind.REBASE;
        }
    }

    /** {@code git switch branch && git cherry-pick rev}. */
    record CherryPick(String branch, String rev) implements Command {
        @Override
        public CommandKind kind() {
            return CommandKind.CHERRY_PICK;
        }
    }

    /** {@code git switch branch && git revert [-m mainline] rev}; mainline 0 for a non-merge. */
    record Revert(String branch, String rev, int mainline) implements Command {
        @Override
        public CommandKind kind() {
            return CommandKind.REVERT;
        }
    }

    /** {@code git switch branch && git reset --hard rev}. */
    record Reset(String branch, String rev) implements Command {
        @Override
        public CommandKind kind() {
            return CommandKind.RESET;
        }
    }

    /** {@code git tag name rev}: a lightweight tag. */
    record Tag(String name, String rev) implements Command {
        @Override
        public CommandKind kind() {
            return CommandKind.TAG;
        }
    }

    /** {@code git log --oneline [--first-parent] rev}. */
    record Log(String rev, boolean firstParent) implements Command {
        @Override
        public CommandKind kind() {
            return CommandKind.LOG;
        }
    }

    /** Resolves one conflicted file ({@code git checkout --ours/--theirs}, an edit, or {@code git rm}), then {@code git add}; content only for TEXT. */
    record Resolve(String path, Resolution resolution, String content) implements Command {
        @Override
        public CommandKind kind() {
            return CommandKind.RESOLVE;
        }
    }

    /**
     * Finishes, skips or aborts a stopped operation: {@code git commit} (or {@code git merge --continue})
     * for a merge, {@code git rebase --continue/--skip/--abort}, {@code git cherry-pick --continue/--abort}.
     */
    record Proceed(Operation operation, ProceedAction action) implements Command {
        @Override
        public CommandKind kind() {
            if (action == ProceedAction.ABORT) {
                return CommandKind.ABORT;
            }
            return action == ProceedAction.SKIP ? CommandKind.SKIP : CommandKind.CONTINUE;
        }
    }
}
