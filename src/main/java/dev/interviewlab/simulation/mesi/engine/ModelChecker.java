package dev.interviewlab.simulation.mesi.engine;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Explores, breadth first, every program within the bounds in every interleaving at once: from each
 * state, any core that has requests left may issue any request next. States already seen (the same
 * caches, memory, last values and requests issued per core) are not explored again. After every
 * request it checks single writer / multiple readers and that a read returns the last value written
 * to its location; the first breach found is the shortest, and it comes back as a program the
 * simulation can replay. A write stores the location's next version (1, 2, …), so a stale read
 * cannot hide behind an equal value.
 */
public final class ModelChecker {

    private record Key(byte[] bytes) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Arrays.equals(bytes, key.bytes);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(bytes);
        }

        @Override
        public String toString() {
            return Arrays.toString(bytes);
        }
    }

    /** How a state was first reached: from its parent by one request. */
    private record Origin(Key parent, Operation operation) {
    }

    private record Node(Key key, MesiMachine machine, int[] issued) {
    }

    private ModelChecker() {
    }

    public static CheckResult check(CheckBounds bounds, ProtocolBug bug) {
        Layout layout = bounds.layout();
        MesiMachine start = new MesiMachine(bounds.cores(), layout, bug);
        int[] none = new int[bounds.cores()];
        Key startKey = key(start, none);
        Map<Key, Origin> seen = new HashMap<>();
        seen.put(startKey, new Origin(null, null));
        ArrayDeque<Node> frontier = new ArrayDeque<>();
        frontier.add(new Node(startKey, start, none));
        int[] nextVersion = new int[layout.variables().size()];
        long transitions = 0;
        // each request runs on this scratch machine; only a state not seen before gets a copy of its own
        MesiMachine machine = start.copy();
        while (!frontier.isEmpty()) {
            Node node = frontier.poll();
            for (Operation op : requests(bounds, node, nextVersion)) {
                transitions++;
                machine.load(node.machine());
                MesiStep step = machine.apply(0, op, false);
                int[] issued = node.issued().clone();
                issued[op.core()]++;
                Key key = key(machine, issued);
                if (!step.violations().isEmpty()) {
                    List<Operation> path = path(seen, node.key());
                    path.add(op);
                    MesiRun replay = MesiSimulation.run(new MesiProgram(bounds.cores(), layout, path), bug);
                    return new CheckResult(bounds, bug, seen.size(), transitions, true, Optional.of(replay));
                }
                if (seen.containsKey(key)) {
                    continue;
                }
                if (seen.size() >= bounds.maxStates()) {
                    return new CheckResult(bounds, bug, seen.size(), transitions, false, Optional.empty());
                }
                seen.put(key, new Origin(node.key(), op));
                frontier.add(new Node(key, machine.copy(), issued));
            }
        }
        return new CheckResult(bounds, bug, seen.size(), transitions, true, Optional.empty());
    }

    private static List<Operation> requests(CheckBounds bounds, Node node, int[] nextVersion) {
        node.machine().nextVersions(nextVersion);
        List<Operation> ops = new ArrayList<>();
        for (int core = 0; core < bounds.cores(); core++) {
            if (node.issued()[core] >= bounds.opsPerCore()) {
                continue;
            }
            for (int v = 0; v < bounds.variables(); v++) {
                ops.add(Operation.read(core, v));
                ops.add(Operation.write(core, v, nextVersion[v]));
                if (bounds.evictions()) {
                    ops.add(Operation.evict(core, v));
                }
            }
        }
        return ops;
    }

    private static List<Operation> path(Map<Key, Origin> seen, Key to) {
        List<Operation> path = new ArrayList<>();
        for (Origin origin = seen.get(to); origin.parent() != null; origin = seen.get(origin.parent())) {
            path.add(origin.operation());
        }
        Collections.reverse(path);
        return path;
    }

    private static Key key(MesiMachine machine, int[] issued) {
        byte[] bytes = new byte[machine.encodedLength() + issued.length];
        machine.encode(bytes, 0);
        for (int c = 0; c < issued.length; c++) {
            bytes[bytes.length - issued.length + c] = (byte) issued[c];
        }
        return new Key(bytes);
    }
}
