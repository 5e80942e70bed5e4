package dev.interviewlab.simulation.git.engine;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;

/** Questions about the commit graph: ancestry, merge bases, and the orders git walks it in. */
final class History {

    private final Map<String, Commit> commits;

    History(Map<String, Commit> commits) {
        this.commits = commits;
    }

    Commit get(String label) {
        return commits.get(label);
    }

    /** Every commit reachable from {@code tip}, the tip included. */
    Set<String> ancestors(String tip) {
        Set<String> seen = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>();
        todo.push(tip);
        while (!todo.isEmpty()) {
            String label = todo.pop();
            if (seen.add(label)) {
                commits.get(label).parents().forEach(todo::push);
            }
        }
        return seen;
    }

    boolean isAncestor(String ancestor, String descendant) {
        return ancestors(descendant).contains(ancestor);
    }

    /**
     * The best common ancestors ({@code git merge-base --all}): common ancestors that are not
     * ancestors of another common ancestor. More than one means a criss-cross history.
     */
    List<String> mergeBases(String a, String b) {
        Set<String> common = ancestors(a);
        common.retainAll(ancestors(b));
        List<String> best = new ArrayList<>();
        for (String candidate : common) {
            boolean dominated = false;
            for (String other : common) {
                if (!other.equals(candidate) && isAncestor(candidate, other)) {
                    dominated = true;
                    break;
                }
            }
            if (!dominated) {
                best.add(candidate);
            }
        }
        best.sort((x, y) -> Integer.compare(commits.get(x).step(), commits.get(y).step()));
        return best;
    }

    /**
     * The commits {@code git rebase} replays, oldest first: reachable from the branch but not from
     * upstream, in reverse "graph order" (revision.c {@code sort_in_topological_order} with
     * {@code REV_SORT_IN_GRAPH_ORDER}: a LIFO stack from the tip, a parent queued once all its
     * children in the range are out), merges left out as rebase flattens them.
     */
    List<String> rebaseOrder(String branchTip, String upstreamTip) {
        Set<String> range = ancestors(branchTip);
        range.removeAll(ancestors(upstreamTip));
        Map<String, Integer> children = new HashMap<>();
        for (String label : range) {
            for (String parent : commits.get(label).parents()) {
                if (range.contains(parent)) {
                    children.merge(parent, 1, Integer::sum);
                }
            }
        }
        List<String> newestFirst = new ArrayList<>();
        Deque<String> stack = new ArrayDeque<>();
        if (range.contains(branchTip)) {
            stack.push(branchTip);
        }
        while (!stack.isEmpty()) {
            String label = stack.pop();
            for (String parent : commits.get(label).parents()) {
                if (!range.contains(parent)) {
                    continue;
                }
                int remaining = children.merge(parent, -1, Integer::sum);
                if (remaining == 0) {
                    stack.push(parent);
                }
            }
            newestFirst.add(label);
        }
        List<String> oldestFirst = new ArrayList<>();
        for (int i = newestFirst.size() - 1; i >= 0; i--) {
            if (!commits.get(newestFirst.get(i)).isMerge()) {
                oldestFirst.add(newestFirst.get(i));
            }
        }
        return oldestFirst;
    }

    /** Commits reachable from {@code tip} but not from {@code exclude}, merges left out. */
    Set<String> nonMergesOnlyIn(String tip, String exclude) {
        Set<String> range = ancestors(tip);
        range.removeAll(ancestors(exclude));
        range.removeIf(label -> commits.get(label).isMerge());
        return range;
    }

    /**
     * {@code git log} order: newest committer date first, ties in the order commits were queued
     * (git's prio_queue is stable), parents queued in parent order.
     */
    List<String> log(String tip, boolean firstParent) {
        record Queued(String label, long time, long order) {
        }
        PriorityQueue<Queued> queue = new PriorityQueue<>((x, y) -> x.time != y.time
                ? Long.compare(y.time, x.time) : Long.compare(x.order, y.order));
        Set<String> seen = new LinkedHashSet<>();
        long order = 0;
        queue.add(new Queued(tip, commits.get(tip).committerTime(), order++));
        seen.add(tip);
        List<String> out = new ArrayList<>();
        while (!queue.isEmpty()) {
            Queued next = queue.poll();
            out.add(next.label);
            List<String> parents = commits.get(next.label).parents();
            for (int i = 0; i < parents.size() && (!firstParent || i == 0); i++) {
                String parent = parents.get(i);
                if (seen.add(parent)) {
                    queue.add(new Queued(parent, commits.get(parent).committerTime(), order++));
                }
            }
        }
        return out;
    }
}
