package dev.interviewlab.simulation.git.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runs a {@link Scenario} on a simulated repository and records every step. Plain Java,
 * deterministic (virtual time: command n happens at {@link GitObjects#timeOfStep}), bounded by
 * {@link Limits}: at most 500 commands and 200 commits, each merge over files of bounded size.
 *
 * <p>Real git is the reference for every decision: fast-forward or merge commit, merge bases, the
 * path rules and line merge of merge-ort, which commits a rebase replays and drops, parent order,
 * conflict markers and their labels.
 */
public final class GitEngine {

    private final Map<String, Commit> commits = new LinkedHashMap<>();
    private final Map<String, String> branches = new LinkedHashMap<>();
    private final Map<String, String> tags = new LinkedHashMap<>();
    private final History history = new History(commits);
    private String head;
    private int merges;
    private int stepNumber;
    private int stepIndex;
    private List<Event> events;
    private List<String> created;
    private List<String> shell;
    /** The operation stopped on a conflict and waiting for resolve and continue, or null. */
    private Pending pending;

    private GitEngine() {
    }

    /**
     * @throws ScenarioException when a command refers to something that does not exist, or the
     *                           history leaves what the engine simulates (see {@link StepProblem})
     */
    public static SimulationResult run(Scenario scenario) {
        return new GitEngine().runAll(scenario.commands());
    }

    private SimulationResult runAll(List<Command> commands) {
        List<StepResult> steps = new ArrayList<>();
        for (int i = 0; i < commands.size(); i++) {
            stepIndex = i;
            stepNumber = i + 1;
            events = new ArrayList<>();
            created = new ArrayList<>();
            shell = new ArrayList<>();
            shell.add(ShellExport.clock(stepNumber));
            RepoState before = state();
            Conflict conflict;
            boolean stop;
            try {
                conflict = execute(commands.get(i));
                boolean nextResolves = i + 1 < commands.size() && isResolution(commands.get(i + 1));
                stop = pending != null && (conflict != null ? !nextResolves : i + 1 == commands.size());
                if (stop) {
                    conflict = stopHere();
                }
            } catch (ScenarioException e) {
                throw new ScenarioException(e.problems(), steps, shell);
            } catch (LineDiff.DiffLimitExceeded e) {
                throw new ScenarioException(List.of(StepProblem.of(i, "files", "git.error.diffLimit", LineDiff.MAX_CHAIN_LENGTH)),
                        steps, shell);
            }
            steps.add(new StepResult(stepNumber, commands.get(i), before, state(), events, created, conflict, shell));
            if (stop) {
                break;
            }
        }
        return new SimulationResult(steps, commits, state(), commands.size());
    }

    private RepoState state() {
        return new RepoState(branches, tags, head);
    }

    private static boolean isResolution(Command command) {
        return command instanceof Command.Resolve || command instanceof Command.Proceed;
    }

    private Conflict execute(Command command) {
        if (command instanceof Command.Resolve c) {
            resolveFile(c);
            return null;
        } else if (command instanceof Command.Proceed c) {
            return proceed(c);
        }
        if (pending != null) {
            throw problem("op", "git.error.operationOpen", pending.operation.verb(), String.join(", ", pending.unresolved));
        }
        if (command instanceof Command.CommitFiles c) {
            commit(c);
        } else if (command instanceof Command.CreateBranch c) {
            createBranch(c);
        } else if (command instanceof Command.Switch c) {
            requireBranch(c.branch(), "branch");
            switchTo(c.branch());
            events.add(Event.of(EventKind.SWITCHED, c.branch()));
        } else if (command instanceof Command.Merge c) {
            return merge(c);
        } else if (command instanceof Command.Rebase c) {
            return rebase(c);
        } else if (command instanceof Command.CherryPick c) {
            return cherryPick(c);
        } else if (command instanceof Command.Revert c) {
            return revert(c);
        } else if (command instanceof Command.Reset c) {
            reset(c);
        } else if (command instanceof Command.Tag c) {
            tag(c);
        } else if (command instanceof Command.Log c) {
            log(c);
        }
        return null;
    }

    // ---- commands ----

    private void commit(Command.CommitFiles c) {
        String parent = null;
        if (commits.isEmpty()) {
            // the first commit creates its branch (git init -b <branch>)
            head = c.branch();
        } else {
            requireBranch(c.branch(), "branch");
            switchTo(c.branch());
            parent = branches.get(c.branch());
        }
        if (commits.containsKey(c.id())) {
            throw problem("id", "git.error.duplicateId", c.id());
        }
        Snapshot parentSnapshot = parent == null ? Snapshot.EMPTY : commits.get(parent).snapshot();
        for (Map.Entry<String, String> file : c.files().entrySet()) {
            if (file.getValue() == null && !parentSnapshot.has(file.getKey())) {
                throw problem("files." + file.getKey(), "git.error.deleteMissing", file.getKey());
            }
        }
        Snapshot snapshot = parentSnapshot.with(c.files());
        if (snapshot.files().size() > Limits.MAX_FILES) {
            throw problem("files", "git.error.tooManyFiles", Limits.MAX_FILES);
        }
        long now = GitObjects.timeOfStep(stepNumber);
        Commit commit = newCommit(c.id(), parent == null ? List.of() : List.of(parent), snapshot, c.id() + "\n", now,
                CommitOrigin.SCENARIO, null);
        branches.put(c.branch(), commit.label());
        head = c.branch();
        int changed = 0;
        for (Map.Entry<String, String> file : c.files().entrySet()) {
            if (file.getValue() == null) {
                shell.add("git rm -q " + file.getKey());
                changed++;
            } else {
                shell.add(ShellExport.writeFile(file.getKey(), file.getValue()));
                if (!file.getValue().equals(parentSnapshot.get(file.getKey()))) {
                    changed++;
                }
            }
        }
        shell.add("git add -A");
        shell.add("git commit -q --allow-empty -m " + c.id());
        events.add(Event.of(EventKind.COMMITTED, commit.label(), c.branch(), changed, commit.shortId()));
    }

    private void createBranch(Command.CreateBranch c) {
        requireCommits("name");
        String target = resolve(c.from(), "from");
        if (branches.containsKey(c.name()) || tags.containsKey(c.name())) {
            throw problem("name", "git.error.refExists", c.name());
        }
        requireRoomForRef();
        branches.put(c.name(), target);
        events.add(Event.of(EventKind.BRANCH_CREATED, c.name(), target));
        if (c.switchTo()) {
            head = c.name();
            shell.add("git switch -q -c " + c.name() + " " + exportRev(c.from()));
            events.add(Event.of(EventKind.SWITCHED, c.name()));
        } else {
            shell.add("git branch " + c.name() + " " + exportRev(c.from()));
        }
    }

    private Conflict merge(Command.Merge c) {
        requireBranch(c.into(), "into");
        String theirs = resolve(c.from(), "from");
        switchTo(c.into());
        String ours = branches.get(c.into());
        String option = c.fastForward() == FastForward.ALLOW ? "" : c.fastForward().option() + " ";
        shell.add("git merge -q --no-edit " + option + exportRev(c.from()));
        if (history.isAncestor(theirs, ours)) {
            events.add(Event.of(EventKind.ALREADY_UP_TO_DATE, c.into(), theirs));
            return null;
        }
        if (history.isAncestor(ours, theirs) && c.fastForward() != FastForward.NEVER) {
            branches.put(c.into(), theirs);
            events.add(Event.of(EventKind.FAST_FORWARD, c.into(), ours, theirs));
            return null;
        }
        if (c.fastForward() == FastForward.ONLY) {
            throw problem("ff", "git.error.ffOnly", c.into(), c.from());
        }
        String base = singleMergeBase(ours, theirs, "from");
        events.add(Event.of(EventKind.MERGE_BASE, ours, theirs, base));
        String theirsLabel = exportRev(c.from());
        TreeMerge.Result result = TreeMerge.merge(commits.get(base).snapshot(), commits.get(ours).snapshot(),
                commits.get(theirs).snapshot(), "HEAD", theirsLabel);
        check(result, "from");
        describe(result);
        if (!result.clean()) {
            Pending open = new Pending(Operation.MERGE, c.into(), theirs, "HEAD", theirsLabel, result, commits.get(ours).snapshot(),
                    commits.get(theirs).snapshot());
            open.message = mergeMessage(c.from(), c.into());
            return open(open, EventKind.MERGE_IN_PROGRESS, theirs, open.conflictPaths());
        }
        merges++;
        String label = merges == 1 ? "M" : "M" + merges;
        long now = GitObjects.timeOfStep(stepNumber);
        Commit merge = newCommit(label, List.of(ours, theirs), result.worktree(), mergeMessage(c.from(), c.into()), now,
                CommitOrigin.MERGE, null);
        branches.put(c.into(), merge.label());
        events.add(Event.of(EventKind.MERGE_COMMIT, merge.label(), ours, theirs, c.into()));
        return null;
    }

    private Conflict rebase(Command.Rebase c) {
        requireBranch(c.branch(), "branch");
        if (c.branch().equals(c.onto())) {
            throw problem("onto", "git.error.rebaseOntoItself", c.branch());
        }
        String upstream = resolve(c.onto(), "onto");
        switchTo(c.branch());
        shell.add("git rebase -q " + exportRev(c.onto()));
        String tip = branches.get(c.branch());
        List<String> replay = history.rebaseOrder(tip, upstream);
        // rebase skips commits whose patch is already upstream (git rev-list --cherry-pick)
        Map<String, String> upstreamPatches = new LinkedHashMap<>();
        for (String label : history.nonMergesOnlyIn(upstream, tip)) {
            if (!startedEmpty(commits.get(label))) {
                upstreamPatches.putIfAbsent(patchId(label), label);
            }
        }
        events.add(Event.of(EventKind.REBASE_PLAN, c.branch(), c.onto(), String.join(", ", replay), replay.size()));
        RebasePlan plan = new RebasePlan(c.branch(), new ArrayList<>(replay), upstream, upstreamPatches);
        return replay(plan);
    }

    /** Replays the plan's remaining commits; stops (and keeps the plan) on a conflict. */
    private Conflict replay(RebasePlan plan) {
        while (!plan.remaining.isEmpty()) {
            String label = plan.remaining.remove(0);
            Commit original = commits.get(label);
            // a commit that changes nothing has no patch to match: rebase keeps it (--keep-empty)
            String sameUpstream = startedEmpty(original) ? null : plan.upstreamPatches.get(patchId(label));
            if (sameUpstream != null) {
                events.add(Event.of(EventKind.DROPPED_ALREADY_UPSTREAM, label, sameUpstream));
                continue;
            }
            if (plan.current.equals(original.firstParent())) {
                // the sequencer fast-forwards over a commit whose parent is already HEAD
                plan.current = label;
                events.add(Event.of(EventKind.PICK_FAST_FORWARD, label, original.firstParent()));
                continue;
            }
            Snapshot parentSnapshot = parentSnapshot(original);
            String theirsLabel = original.shortId() + " (" + original.subject() + ")";
            Snapshot oursSnapshot = commits.get(plan.current).snapshot();
            TreeMerge.Result result = TreeMerge.merge(parentSnapshot, oursSnapshot, original.snapshot(), "HEAD", theirsLabel);
            check(result, "onto");
            if (!result.clean()) {
                describe(result);
                Pending open = new Pending(Operation.REBASE, plan.branch, label, "HEAD", theirsLabel, result, oursSnapshot,
                        original.snapshot());
                open.rebase = plan;
                return open(open, EventKind.REBASE_IN_PROGRESS, label, open.conflictPaths(), plan.remaining.size());
            }
            pickOnto(plan, label, result.worktree());
        }
        branches.put(plan.branch, plan.current);
        events.add(Event.of(EventKind.REBASE_DONE, plan.branch, plan.current));
        noteUnreachable();
        return null;
    }

    /** Commits a replayed commit's merged files on top of the plan's current commit, or drops it when it changes nothing. */
    private void pickOnto(RebasePlan plan, String label, Snapshot files) {
        Commit original = commits.get(label);
        if (files.equals(commits.get(plan.current).snapshot()) && !startedEmpty(original)) {
            events.add(Event.of(EventKind.DROPPED_BECAME_EMPTY, label));
            return;
        }
        Commit copy = newCommit(copyLabel(label), List.of(plan.current), files, original.message(),
                original.authorTime(), GitObjects.timeOfStep(stepNumber), CommitOrigin.REBASE, label);
        plan.copies.add(copy.label());
        events.add(Event.of(EventKind.PICKED, label, copy.label(), plan.current));
        plan.current = copy.label();
    }

    private Conflict cherryPick(Command.CherryPick c) {
        requireBranch(c.branch(), "branch");
        String picked = resolve(c.rev(), "rev");
        switchTo(c.branch());
        shell.add("git cherry-pick " + exportRev(c.rev()));
        Commit original = commits.get(picked);
        if (original.isMerge()) {
            throw problem("rev", "git.error.pickMerge", picked);
        }
        String current = branches.get(c.branch());
        String theirsLabel = original.shortId() + " (" + original.subject() + ")";
        TreeMerge.Result result = TreeMerge.merge(parentSnapshot(original), commits.get(current).snapshot(),
                original.snapshot(), "HEAD", theirsLabel);
        check(result, "rev");
        describe(result);
        if (!result.clean()) {
            Pending open = new Pending(Operation.CHERRY_PICK, c.branch(), picked, "HEAD", theirsLabel, result,
                    commits.get(current).snapshot(), original.snapshot());
            return open(open, EventKind.CHERRY_PICK_IN_PROGRESS, picked, open.conflictPaths());
        }
        if (result.worktree().equals(commits.get(current).snapshot())) {
            throw problem("rev", "git.error.emptyPick", picked, c.branch());
        }
        Commit copy = newCommit(copyLabel(picked), List.of(current), result.worktree(), original.message(),
                original.authorTime(), GitObjects.timeOfStep(stepNumber), CommitOrigin.CHERRY_PICK, picked);
        branches.put(c.branch(), copy.label());
        events.add(Event.of(EventKind.CHERRY_PICKED, picked, copy.label(), c.branch()));
        return null;
    }

    private Conflict revert(Command.Revert c) {
        requireBranch(c.branch(), "branch");
        String reverted = resolve(c.rev(), "rev");
        switchTo(c.branch());
        shell.add("git revert --no-edit " + (c.mainline() > 0 ? "-m " + c.mainline() + " " : "") + exportRev(c.rev()));
        Commit original = commits.get(reverted);
        Snapshot target;
        String message = "Revert \"" + original.subject() + "\"\n\nThis reverts commit " + original.id();
        if (original.isMerge()) {
            if (c.mainline() == 0) {
                throw problem("mainline", "git.error.revertMergeNeedsMainline", reverted);
            }
            if (c.mainline() > original.parents().size()) {
                throw problem("mainline", "git.error.mainlineRange");
            }
            Commit mainline = commits.get(original.parents().get(c.mainline() - 1));
            target = mainline.snapshot();
            message += ", reversing\nchanges made to " + mainline.id() + ".\n";
        } else {
            if (c.mainline() > 0) {
                throw problem("mainline", "git.error.mainlineNotMerge", reverted);
            }
            target = parentSnapshot(original);
            message += ".\n";
        }
        String current = branches.get(c.branch());
        String theirsLabel = "parent of " + original.shortId() + " (" + original.subject() + ")";
        TreeMerge.Result result = TreeMerge.merge(original.snapshot(), commits.get(current).snapshot(), target, "HEAD",
                theirsLabel);
        check(result, "rev");
        describe(result);
        if (!result.clean()) {
            Pending open = new Pending(Operation.REVERT, c.branch(), reverted, "HEAD", theirsLabel, result,
                    commits.get(current).snapshot(), target);
            open.message = message;
            return open(open, EventKind.REVERT_IN_PROGRESS, reverted, open.conflictPaths());
        }
        if (result.worktree().equals(commits.get(current).snapshot())) {
            throw problem("rev", "git.error.emptyRevert", reverted, c.branch());
        }
        long now = GitObjects.timeOfStep(stepNumber);
        Commit revert = newCommit(revertLabel(reverted), List.of(current), result.worktree(), message, now,
                CommitOrigin.REVERT, reverted);
        branches.put(c.branch(), revert.label());
        events.add(Event.of(EventKind.REVERTED, reverted, revert.label(), c.branch()));
        return null;
    }

    private void reset(Command.Reset c) {
        requireBranch(c.branch(), "branch");
        String target = resolve(c.rev(), "to");
        switchTo(c.branch());
        shell.add("git reset -q --hard " + exportRev(c.rev()));
        String old = branches.put(c.branch(), target);
        events.add(Event.of(EventKind.RESET, c.branch(), old, target));
        noteUnreachable();
    }

    private void tag(Command.Tag c) {
        requireCommits("name");
        String target = resolve(c.rev(), "rev");
        if (branches.containsKey(c.name()) || tags.containsKey(c.name())) {
            throw problem("name", "git.error.refExists", c.name());
        }
        requireRoomForRef();
        tags.put(c.name(), target);
        shell.add("git tag " + c.name() + " " + exportRev(c.rev()));
        events.add(Event.of(EventKind.TAGGED, c.name(), target));
    }

    private void log(Command.Log c) {
        requireCommits("rev");
        String tip = resolve(c.rev(), "rev");
        shell.add("git --no-pager log --oneline " + (c.firstParent() ? "--first-parent " : "") + exportRev(c.rev()));
        List<String> order = history.log(tip, c.firstParent());
        for (int i = 0; i < order.size(); i++) {
            Commit commit = commits.get(order.get(i));
            events.add(Event.of(EventKind.LOG_LINE, i + 1, commit.label(), commit.shortId() + " " + commit.subject()));
        }
    }

    // ---- helpers ----

    private Commit newCommit(String label, List<String> parents, Snapshot snapshot, String message, long time,
                             CommitOrigin origin, String original) {
        return newCommit(label, parents, snapshot, message, time, time, origin, original);
    }

    private Commit newCommit(String label, List<String> parents, Snapshot snapshot, String message, long authorTime,
                             long committerTime, CommitOrigin origin, String original) {
        if (commits.size() >= Limits.MAX_COMMITS) {
            throw problem("steps", "git.error.tooManyCommits", Limits.MAX_COMMITS);
        }
        List<String> parentIds = parents.stream().map(parent -> commits.get(parent).id()).toList();
        String id = GitObjects.commitId(snapshot.treeId(), parentIds, authorTime, committerTime, message);
        Commit commit = new Commit(label, id, parents, snapshot, message, authorTime, committerTime, origin, original, stepNumber);
        commits.put(label, commit);
        created.add(label);
        return commit;
    }

    /** Records the conflict and leaves the operation open for resolve and continue. */
    private Conflict open(Pending open, EventKind inProgress, Object... args) {
        pending = open;
        events.add(Event.of(EventKind.CONFLICT, open.applying, open.conflictPaths()));
        events.add(Event.of(inProgress, args));
        return open.conflict(List.of());
    }

    /**
     * The run ends with the operation open: git would leave the files below in the work tree; the
     * simulation aborts it, so every branch keeps the commit it had before the operation. Copies a
     * rebase made in this same step go; copies made by an earlier step stay as unreachable commits.
     */
    private Conflict stopHere() {
        Pending open = pending;
        pending = null;
        List<String> discarded = open.rebase == null ? List.of() : List.copyOf(open.rebase.copies);
        for (String copy : discarded) {
            if (created.remove(copy)) {
                commits.remove(copy);
            }
        }
        head = open.branch;
        events.add(Event.of(EventKind.ABORTED, open.branch, branches.get(open.branch)));
        return open.conflict(discarded);
    }

    private void resolveFile(Command.Resolve c) {
        if (pending == null) {
            throw problem("path", "git.error.noConflictOpen", c.path());
        }
        if (!pending.unresolved.contains(c.path())) {
            throw problem("path", pending.conflictFiles.containsKey(c.path()) ? "git.error.alreadyResolved"
                    : "git.error.notConflicted", c.path(), String.join(", ", pending.unresolved));
        }
        String content;
        EventKind kind;
        switch (c.resolution()) {
            case OURS -> {
                content = pending.ours.get(c.path());
                kind = EventKind.RESOLVED_OURS;
            }
            case THEIRS -> {
                content = pending.theirs.get(c.path());
                kind = EventKind.RESOLVED_THEIRS;
            }
            case TEXT -> {
                content = c.content();
                kind = EventKind.RESOLVED_TEXT;
            }
            default -> {
                content = null;
                kind = EventKind.RESOLVED_DELETE;
            }
        }
        if (content == null) {
            // the side has no such file (a modify/delete conflict): git checkout --ours/--theirs has nothing to take
            shell.add("git rm -q -- " + c.path());
            pending.worktree.remove(c.path());
        } else {
            if (c.resolution() == Resolution.OURS || c.resolution() == Resolution.THEIRS) {
                shell.add("git checkout --" + c.resolution().name().toLowerCase(java.util.Locale.ROOT) + " -- " + c.path());
            } else {
                shell.add(ShellExport.writeFile(c.path(), content));
            }
            shell.add("git add -- " + c.path());
            pending.worktree.put(c.path(), content);
        }
        pending.unresolved.remove(c.path());
        events.add(Event.of(kind, c.path(), pending.unresolved.size(), content == null ? 0 : Lines.count(content)));
    }

    private Conflict proceed(Command.Proceed c) {
        if (pending == null) {
            throw problem("op", "git.error.noOperation", c.operation().verb(), c.action().option());
        }
        Pending open = pending;
        if (open.operation != c.operation()) {
            throw problem("op", "git.error.otherOperation", open.operation.verb(), c.operation().verb());
        }
        if (c.action() == ProceedAction.ABORT) {
            shell.add("git " + open.operation.verb() + " --abort");
            pending = null;
            head = open.branch;
            events.add(Event.of(EventKind.OPERATION_ABORTED, open.operation.verb(), open.branch, branches.get(open.branch)));
            if (open.rebase != null) {
                noteUnreachable();
            }
            return null;
        }
        if (c.action() == ProceedAction.SKIP) {
            shell.add("git rebase --skip");
            pending = null;
            events.add(Event.of(EventKind.SKIPPED, open.applying));
            return replay(open.rebase);
        }
        if (!open.unresolved.isEmpty()) {
            throw problem("op", "git.error.unresolved", String.join(", ", open.unresolved));
        }
        Snapshot files = new Snapshot(open.worktree);
        String current = branches.get(open.branch);
        long now = GitObjects.timeOfStep(stepNumber);
        switch (open.operation) {
            case MERGE -> {
                // strip cleanup drops the "# Conflicts:" comment git adds to the message, as the editor would
                shell.add("git commit -q --no-edit --cleanup=strip");
                merges++;
                Commit merge = newCommit(merges == 1 ? "M" : "M" + merges, List.of(current, open.applying), files,
                        open.message, now, CommitOrigin.MERGE, null);
                branches.put(open.branch, merge.label());
                pending = null;
                events.add(Event.of(EventKind.MERGE_COMMIT, merge.label(), current, open.applying, open.branch));
                return null;
            }
            case REBASE -> {
                shell.add("GIT_EDITOR=true git rebase --continue");
                pending = null;
                pickOnto(open.rebase, open.applying, files);
                return replay(open.rebase);
            }
            default -> {
                shell.add("GIT_EDITOR=true git " + open.operation.verb() + " --continue");
                Commit original = commits.get(open.applying);
                if (files.equals(commits.get(current).snapshot())) {
                    throw problem("op", open.operation == Operation.REVERT ? "git.error.emptyRevert" : "git.error.emptyPick",
                            open.applying, open.branch);
                }
                pending = null;
                Commit made;
                if (open.operation == Operation.REVERT) {
                    made = newCommit(revertLabel(open.applying), List.of(current), files, open.message, now,
                            CommitOrigin.REVERT, open.applying);
                    events.add(Event.of(EventKind.REVERTED, open.applying, made.label(), open.branch));
                } else {
                    made = newCommit(copyLabel(open.applying), List.of(current), files, original.message(),
                            original.authorTime(), now, CommitOrigin.CHERRY_PICK, open.applying);
                    events.add(Event.of(EventKind.CHERRY_PICKED, open.applying, made.label(), open.branch));
                }
                branches.put(open.branch, made.label());
                return null;
            }
        }
    }

    /** A rebase between its conflict and --continue: what is left to replay and what it has made so far. */
    private static final class RebasePlan {
        final String branch;
        final List<String> remaining;
        final Map<String, String> upstreamPatches;
        final List<String> copies = new ArrayList<>();
        String current;

        RebasePlan(String branch, List<String> remaining, String current, Map<String, String> upstreamPatches) {
            this.branch = branch;
            this.remaining = remaining;
            this.current = current;
            this.upstreamPatches = upstreamPatches;
        }
    }

    /** An operation stopped on a conflict: the work tree with markers and the files not yet resolved. */
    private static final class Pending {
        final Operation operation;
        final String branch;
        final String applying;
        final String oursLabel;
        final String theirsLabel;
        final Map<String, TreeMerge.ConflictFile> conflictFiles = new LinkedHashMap<>();
        final java.util.TreeMap<String, String> worktree;
        final Snapshot ours;
        final Snapshot theirs;
        final java.util.LinkedHashSet<String> unresolved = new java.util.LinkedHashSet<>();
        String message;
        RebasePlan rebase;

        Pending(Operation operation, String branch, String applying, String oursLabel, String theirsLabel,
                TreeMerge.Result result, Snapshot ours, Snapshot theirs) {
            this.operation = operation;
            this.branch = branch;
            this.applying = applying;
            this.oursLabel = oursLabel;
            this.theirsLabel = theirsLabel;
            this.worktree = new java.util.TreeMap<>(result.worktree().files());
            this.ours = ours;
            this.theirs = theirs;
            for (TreeMerge.ConflictFile file : result.conflicts()) {
                conflictFiles.put(file.path(), file);
                unresolved.add(file.path());
            }
        }

        String conflictPaths() {
            return String.join(", ", unresolved);
        }

        /** The conflict as it stands: the files still unresolved, with their work-tree text. */
        Conflict conflict(List<String> discarded) {
            List<TreeMerge.ConflictFile> open = unresolved.stream().map(conflictFiles::get).toList();
            return new Conflict(applying, oursLabel, theirsLabel, open, discarded, operation);
        }
    }

    private void describe(TreeMerge.Result result) {
        for (TreeMerge.PathDecision decision : result.decisions()) {
            events.add(Event.of(EventKind.PATH_DECIDED, decision.path(), decision.rule().messageKey(), decision.conflictHunks()));
        }
    }

    private void check(TreeMerge.Result result, String field) {
        if (result.rename() != null) {
            throw problem(field, "git.error.rename", result.rename().from(), result.rename().to());
        }
        if (result.oversized() != null) {
            throw problem(field, "git.error.mergedFileTooLarge", result.oversized(), Limits.MAX_MERGED_FILE_LINES);
        }
    }

    private String singleMergeBase(String ours, String theirs, String field) {
        List<String> bases = history.mergeBases(ours, theirs);
        if (bases.size() != 1) {
            // merge-ort would first merge the bases into a virtual one (recursive merge)
            throw problem(field, "git.error.crissCross", String.join(", ", bases));
        }
        return bases.get(0);
    }

    private Snapshot parentSnapshot(Commit commit) {
        return commit.firstParent() == null ? Snapshot.EMPTY : commits.get(commit.firstParent()).snapshot();
    }

    private boolean startedEmpty(Commit commit) {
        return commit.snapshot().equals(parentSnapshot(commit));
    }

    private String patchId(String label) {
        Commit commit = commits.get(label);
        return PatchId.of(parentSnapshot(commit), commit.snapshot());
    }

    private void noteUnreachable() {
        Set<String> reachable = new java.util.HashSet<>();
        branches.values().forEach(tip -> reachable.addAll(history.ancestors(tip)));
        tags.values().forEach(tip -> reachable.addAll(history.ancestors(tip)));
        List<String> lost = commits.keySet().stream().filter(label -> !reachable.contains(label)).toList();
        if (!lost.isEmpty()) {
            events.add(Event.of(EventKind.UNREACHABLE, String.join(", ", lost)));
        }
    }

    private String copyLabel(String label) {
        String copy = label + "'";
        while (commits.containsKey(copy)) {
            copy += "'";
        }
        return copy;
    }

    private String revertLabel(String label) {
        String revert = "!" + label;
        for (int n = 2; commits.containsKey(revert); n++) {
            revert = "!" + label + n;
        }
        return revert;
    }

    /** fmt-merge-msg: "Merge branch 'x'", "Merge tag 'v1'" or "Merge commit '<id>'", plus " into y" off main/master. */
    private String mergeMessage(String from, String into) {
        String message;
        if (branches.containsKey(from)) {
            message = "Merge branch '" + from + "'";
        } else if (tags.containsKey(from)) {
            message = "Merge tag '" + from + "'";
        } else {
            message = "Merge commit '" + exportRev(from) + "'";
        }
        if (!into.equals("main") && !into.equals("master")) {
            message += " into " + into;
        }
        return message + "\n";
    }

    private void switchTo(String branch) {
        if (!branch.equals(head)) {
            shell.add("git switch -q " + branch);
            head = branch;
        }
    }

    private void requireCommits(String field) {
        if (commits.isEmpty()) {
            throw problem(field, "git.error.noCommitsYet");
        }
    }

    private void requireBranch(String branch, String field) {
        requireCommits(field);
        if (!branches.containsKey(branch)) {
            throw problem(field, "git.error.unknownBranch", branch);
        }
    }

    private void requireRoomForRef() {
        if (branches.size() + tags.size() >= Limits.MAX_REFS) {
            throw problem("name", "git.error.tooManyRefs", Limits.MAX_REFS);
        }
    }

    /** Resolves a revision: HEAD, a branch, a tag or a commit label, then ~n and ^n steps. */
    private String resolve(String rev, String field) {
        requireCommits(field);
        int end = 0;
        while (end < rev.length() && rev.charAt(end) != '~' && rev.charAt(end) != '^') {
            end++;
        }
        String name = rev.substring(0, end);
        String label;
        if (name.equals("HEAD")) {
            label = branches.get(head);
        } else if (branches.containsKey(name)) {
            label = branches.get(name);
        } else if (tags.containsKey(name)) {
            label = tags.get(name);
        } else if (commits.containsKey(name)) {
            label = name;
        } else {
            throw problem(field, "git.error.unknownRev", rev);
        }
        int i = end;
        while (i < rev.length()) {
            char op = rev.charAt(i++);
            int start = i;
            while (i < rev.length() && Character.isDigit(rev.charAt(i))) {
                i++;
            }
            int n = start == i ? 1 : Integer.parseInt(rev.substring(start, i));
            if (op == '~') {
                for (int k = 0; k < n; k++) {
                    label = commits.get(label).firstParent();
                    if (label == null) {
                        throw problem(field, "git.error.unknownRev", rev);
                    }
                }
            } else if (n > 0) {
                List<String> parents = commits.get(label).parents();
                if (n > parents.size()) {
                    throw problem(field, "git.error.unknownRev", rev);
                }
                label = parents.get(n - 1);
            }
        }
        return label;
    }

    /** The revision as the exported script writes it: a commit label becomes its full id. */
    private String exportRev(String rev) {
        int end = 0;
        while (end < rev.length() && rev.charAt(end) != '~' && rev.charAt(end) != '^') {
            end++;
        }
        String name = rev.substring(0, end);
        if (!name.equals("HEAD") && !branches.containsKey(name) && !tags.containsKey(name) && commits.containsKey(name)) {
            return commits.get(name).id() + rev.substring(end);
        }
        return rev;
    }

    private ScenarioException problem(String field, String key, Object... args) {
        return new ScenarioException(List.of(StepProblem.of(stepIndex, field, key, args)));
    }
}
