package dev.interviewlab.simulation.gogc.engine;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Explores every interleaving of a mutator model with the collector, breadth first, with visited
 * states merged. The collector may scan any unscanned root or any grey object at any point, and may
 * end marking whenever it has nothing left to scan. Checks, in every state, the invariant asked for;
 * at every mark termination, that no object a root reaches is still white (the sweep would free it).
 * Breadth first, so a counterexample is a shortest one.
 */
public final class ModelChecker {

    /** What went wrong. */
    public enum Violation { INVARIANT, LIVE_OBJECT_FREED }

    /**
     * A path to a violation: the statements taken from the start (collector and mutator), and the
     * objects concerned (the unprotected white objects, or the live objects the sweep would free).
     */
    public record Counterexample(Violation violation, List<Statement> path, List<String> objects, Scenario scenario) {
        public Counterexample {
            path = List.copyOf(path);
            objects = List.copyOf(objects);
        }

        /** The path as a script that the simulation replays: the scenario's setup, then each move. */
        public String script() {
            List<String> lines = new ArrayList<>(scenario.setupLines());
            path.forEach(statement -> lines.add(statement.text(scenario.layout())));
            return String.join("\n", lines) + "\n";
        }
    }

    /**
     * @param states   distinct states visited
     * @param complete false when the state bound stopped the search before it finished
     */
    public record Result(Barrier barrier, Invariant asserted, int states, boolean complete, Counterexample counterexample) {
        public boolean passed() {
            return complete && counterexample == null;
        }
    }

    private record Node(int index, Heap heap, String heapKey, int[] progress) {
    }

    private final Scenario scenario;
    private final MutatorModel mutator;
    private final Barrier barrier;
    private final Invariant asserted;
    private final int maxStates;
    private final Map<String, Integer> visited = new HashMap<>();
    private final List<Integer> parents = new ArrayList<>();
    private final List<Statement> moves = new ArrayList<>();

    private ModelChecker(Scenario scenario, MutatorModel mutator, Barrier barrier, Invariant asserted, int maxStates) {
        this.scenario = scenario;
        this.mutator = mutator;
        this.barrier = barrier;
        this.asserted = asserted;
        this.maxStates = maxStates;
    }

    public static Result check(Scenario scenario, MutatorModel mutator, Barrier barrier, Invariant asserted, int maxStates) {
        return new ModelChecker(scenario, mutator, barrier, asserted, maxStates).explore();
    }

    private Result explore() {
        Heap start = scenario.initialHeap(barrier);
        start.startMarking();
        Deque<Node> frontier = new ArrayDeque<>();
        Node root = new Node(add(key(start.key(), mutator.start()), -1, null), start, start.key(), mutator.start());
        Counterexample found = violation(root);
        if (found != null) {
            return new Result(barrier, asserted, visited.size(), true, found);
        }
        frontier.add(root);
        while (!frontier.isEmpty()) {
            Node node = frontier.poll();
            if (node.heap().markingDone()) {
                Counterexample lost = terminate(node);
                if (lost != null) {
                    return new Result(barrier, asserted, visited.size(), true, lost);
                }
            }
            for (Statement.Collector move : node.heap().collectorMoves()) {
                Heap next = node.heap().copy();
                next.run(move);
                found = visit(node, move, next, next.key(), node.progress(), frontier);
                if (found != null || visited.size() >= maxStates) {
                    return new Result(barrier, asserted, visited.size(), found != null, found);
                }
            }
            for (MutatorModel.Move move : mutator.moves(node.progress())) {
                Heap next = node.heap().copy();
                next.run(move.statement());
                String heapKey = next.key();
                if (heapKey.equals(node.heapKey())) {
                    continue; // a statement that changed nothing: the state with more steps left already covers it
                }
                found = visit(node, move.statement(), next, heapKey, move.progress(), frontier);
                if (found != null || visited.size() >= maxStates) {
                    return new Result(barrier, asserted, visited.size(), found != null, found);
                }
            }
        }
        return new Result(barrier, asserted, visited.size(), true, null);
    }

    private Counterexample visit(Node from, Statement move, Heap heap, String heapKey, int[] progress, Deque<Node> frontier) {
        String key = key(heapKey, progress);
        if (visited.containsKey(key)) {
            return null;
        }
        Node node = new Node(add(key, from.index(), move), heap, heapKey, progress);
        Counterexample found = violation(node);
        if (found == null) {
            frontier.add(node);
        }
        return found;
    }

    private Counterexample violation(Node node) {
        InvariantReport report = node.heap().invariants();
        if (asserted.holdsIn(report)) {
            return null;
        }
        List<Integer> objects = asserted == Invariant.STRONG
                ? report.blackToWhite().stream().map(InvariantReport.Edge::target).distinct().toList()
                : report.unprotected();
        return counterexample(node.index(), Violation.INVARIANT, objects, List.of());
    }

    /** Mark termination from this state: would the sweep free an object a root reaches? */
    private Counterexample terminate(Node node) {
        Heap heap = node.heap().copy();
        heap.terminate();
        BitSet reachable = heap.reachable();
        List<Integer> lost = new ArrayList<>();
        for (int o = 0; o < scenario.layout().objects().size(); o++) {
            if (heap.allocated(o) && heap.colour(o) == Colour.WHITE && reachable.get(o)) {
                lost.add(o);
            }
        }
        return lost.isEmpty() ? null : counterexample(node.index(), Violation.LIVE_OBJECT_FREED, lost, List.of());
    }

    private Counterexample counterexample(int index, Violation violation, List<Integer> objects, List<Statement> suffix) {
        List<Statement> path = new ArrayList<>();
        for (int i = index; parents.get(i) >= 0; i = parents.get(i)) {
            path.add(moves.get(i));
        }
        Collections.reverse(path);
        path.addAll(suffix);
        List<String> names = objects.stream().map(scenario.layout()::object).toList();
        return new Counterexample(violation, path, names, scenario);
    }

    private int add(String key, int parent, Statement move) {
        int index = parents.size();
        visited.put(key, index);
        parents.add(parent);
        moves.add(move);
        return index;
    }

    private static String key(String heapKey, int[] progress) {
        StringBuilder key = new StringBuilder(heapKey);
        for (int p : progress) {
            key.append((char) p);
        }
        return key.toString();
    }

}
