package dev.interviewlab.simulation.git.engine;

/**
 * What can happen inside one command, each with the message key of its explanation (arguments
 * are the event's {@code args}, in order). The step-through shows them in this wording.
 */
public enum EventKind {
    /** {0} commit, {1} branch, {2} number of files changed, {3} short id. */
    COMMITTED("git.event.committed"),
    /** {0} branch, {1} commit. */
    BRANCH_CREATED("git.event.branchCreated"),
    /** {0} branch. */
    SWITCHED("git.event.switched"),
    /** {0} first tip, {1} second tip, {2} merge base. */
    MERGE_BASE("git.event.mergeBase"),
    /** {0} branch, {1} the commit already contained. */
    ALREADY_UP_TO_DATE("git.event.alreadyUpToDate"),
    /** {0} branch, {1} old tip, {2} new tip. */
    FAST_FORWARD("git.event.fastForward"),
    /** {0} path, {1} rule message key, {2} conflicting hunks. */
    PATH_DECIDED("git.event.pathDecided"),
    /** {0} merge commit, {1} first parent, {2} second parent, {3} branch. */
    MERGE_COMMIT("git.event.mergeCommit"),
    /** {0} branch, {1} upstream, {2} commits to replay (comma-separated), {3} count. */
    REBASE_PLAN("git.event.rebasePlan"),
    /** {0} commit, {1} the upstream commit with the same patch id. */
    DROPPED_ALREADY_UPSTREAM("git.event.droppedAlreadyUpstream"),
    /** {0} commit. */
    DROPPED_BECAME_EMPTY("git.event.droppedBecameEmpty"),
    /** {0} commit, {1} its parent, already where HEAD is. */
    PICK_FAST_FORWARD("git.event.pickFastForward"),
    /** {0} original, {1} copy, {2} new parent. */
    PICKED("git.event.picked"),
    /** {0} branch, {1} new tip. */
    REBASE_DONE("git.event.rebaseDone"),
    /** {0} original, {1} copy, {2} branch. */
    CHERRY_PICKED("git.event.cherryPicked"),
    /** {0} reverted commit, {1} revert commit, {2} branch. */
    REVERTED("git.event.reverted"),
    /** {0} branch, {1} old tip, {2} new tip. */
    RESET("git.event.reset"),
    /** {0} tag, {1} commit. */
    TAGGED("git.event.tagged"),
    /** {0} position, {1} commit, {2} subject. */
    LOG_LINE("git.event.logLine"),
    /** {0} commit being applied or merged, {1} conflicting paths (comma-separated). */
    CONFLICT("git.event.conflict"),
    /** {0} branch, {1} tip it keeps. */
    ABORTED("git.event.aborted"),
    /** {0} the commit merged (MERGE_HEAD), {1} conflicted paths. */
    MERGE_IN_PROGRESS("git.event.mergeInProgress"),
    /** {0} the commit being replayed (REBASE_HEAD), {1} conflicted paths, {2} commits still to replay. */
    REBASE_IN_PROGRESS("git.event.rebaseInProgress"),
    /** {0} the commit being picked (CHERRY_PICK_HEAD), {1} conflicted paths. */
    CHERRY_PICK_IN_PROGRESS("git.event.cherryPickInProgress"),
    /** {0} the commit being reverted (REVERT_HEAD), {1} conflicted paths. */
    REVERT_IN_PROGRESS("git.event.revertInProgress"),
    /** {0} path, {1} files still unresolved. */
    RESOLVED_OURS("git.event.resolvedOurs"),
    /** {0} path, {1} files still unresolved. */
    RESOLVED_THEIRS("git.event.resolvedTheirs"),
    /** {0} path, {1} files still unresolved, {2} lines written. */
    RESOLVED_TEXT("git.event.resolvedText"),
    /** {0} path, {1} files still unresolved. */
    RESOLVED_DELETE("git.event.resolvedDelete"),
    /** {0} the commit dropped by git rebase --skip. */
    SKIPPED("git.event.skipped"),
    /** {0} operation (merge, rebase, …), {1} branch, {2} the tip it is back at. */
    OPERATION_ABORTED("git.event.operationAborted"),
    /** {0} commits that become unreachable (comma-separated). */
    UNREACHABLE("git.event.unreachable");

    private final String messageKey;

    EventKind(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
