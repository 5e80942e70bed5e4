package dev.interviewlab.simulation.gogc.engine;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Deque;
import java.util.List;

/**
 * The heap, the roots and the mark state during one GC cycle: what the simulation replays and the
 * model checker explores. Pointers are stored as target index + 1, so 0 is nil. Mutable; the checker
 * copies it before each move.
 */
public final class Heap {

    private final Layout layout;
    private final Barrier barrier;
    private final Colour[] colour;
    private final boolean[] allocated;
    private final boolean[] freed;
    private final int[] slots;
    private final int[] stacks;
    private final int[] globals;
    private final boolean[] stackScanned;
    private boolean globalsScanned;

    Heap(Layout layout, Barrier barrier, boolean[] allocated, int[] slots, int[] stacks, int[] globals) {
        this.layout = layout;
        this.barrier = barrier;
        this.colour = new Colour[layout.objects().size()];
        Arrays.fill(colour, Colour.WHITE);
        this.allocated = allocated.clone();
        this.freed = new boolean[colour.length];
        this.slots = slots.clone();
        this.stacks = stacks.clone();
        this.globals = globals.clone();
        this.stackScanned = new boolean[layout.goroutines().size()];
        this.globalsScanned = globals.length == 0; // no globals: nothing to scan
    }

    private Heap(Heap other) {
        this.layout = other.layout;
        this.barrier = other.barrier;
        this.colour = other.colour.clone();
        this.allocated = other.allocated.clone();
        this.freed = other.freed.clone();
        this.slots = other.slots.clone();
        this.stacks = other.stacks.clone();
        this.globals = other.globals.clone();
        this.stackScanned = other.stackScanned.clone();
        this.globalsScanned = other.globalsScanned;
    }

    public Heap copy() {
        return new Heap(this);
    }

    public Layout layout() {
        return layout;
    }

    public Barrier barrier() {
        return barrier;
    }

    /** Marking starts: with Yuasa's snapshot, every root is scanned before the mutator runs again. */
    public List<Shade> startMarking() {
        List<Shade> shades = new ArrayList<>();
        if (barrier.roots() == RootProtocol.SNAPSHOT_AT_START) {
            for (int g = 0; g < stackScanned.length; g++) {
                scanStackInto(g, shades);
            }
            scanGlobalsInto(shades);
        }
        return shades;
    }

    // ---- the mutator ----

    /** Runs a goroutine's statement; returns what the barrier shaded. A nil holder takes the nil branch: nothing happens. */
    public List<Shade> run(Statement.Mutator statement) {
        List<Shade> shades = new ArrayList<>(2);
        int g = statement.goroutine();
        if (statement instanceof Statement.Load s) {
            int holder = local(g, s.holder());
            if (holder >= 0) {
                setLocal(g, s.target(), slot(holder, s.field()));
            }
        } else if (statement instanceof Statement.Store s) {
            int holder = local(g, s.holder());
            if (holder >= 0) {
                int index = holder * layout.fields().size() + s.field();
                write(g, slots, index, s.value() < 0 ? -1 : local(g, s.value()), shades);
            }
        } else if (statement instanceof Statement.Copy s) {
            setLocal(g, s.target(), local(g, s.source()));
        } else if (statement instanceof Statement.Drop s) {
            setLocal(g, s.local(), -1);
        } else if (statement instanceof Statement.LoadGlobal s) {
            setLocal(g, s.target(), globals[s.global()] - 1);
        } else if (statement instanceof Statement.StoreGlobal s) {
            write(g, globals, s.global(), s.value() < 0 ? -1 : local(g, s.value()), shades);
        } else if (statement instanceof Statement.Alloc s) {
            allocated[s.object()] = true;
            // Go allocates black during marking (gcmarknewobject): a new object has no pointers yet
            colour[s.object()] = Colour.BLACK;
            setLocal(g, s.target(), s.object());
        }
        return shades;
    }

    private void write(int goroutine, int[] area, int index, int value, List<Shade> shades) {
        int old = area[index] - 1;
        if (barrier.shadesOld()) {
            shade(old, ShadeCause.OLD_POINTER, shades);
        }
        if (barrier.shadesNew(stackColour(goroutine) == Colour.GREY)) {
            shade(value, ShadeCause.NEW_POINTER, shades);
        }
        area[index] = value + 1;
    }

    // ---- the collector ----

    /** Whether {@code gc: scan ...} can run now. */
    public boolean canRun(Statement.Collector statement) {
        if (statement instanceof Statement.ScanStack s) {
            return !stackScanned[s.goroutine()];
        }
        if (statement instanceof Statement.ScanObject s) {
            return colour[s.object()] == Colour.GREY;
        }
        return !globalsScanned;
    }

    /** Runs a collector action that {@link #canRun} allows; returns what it shaded. */
    public List<Shade> run(Statement.Collector statement) {
        List<Shade> shades = new ArrayList<>(4);
        if (statement instanceof Statement.ScanStack s) {
            scanStackInto(s.goroutine(), shades);
        } else if (statement instanceof Statement.ScanObject s) {
            scanObjectInto(s.object(), shades);
        } else {
            scanGlobalsInto(shades);
        }
        return shades;
    }

    /** The collector actions possible now, roots first, then grey objects by name. */
    public List<Statement.Collector> collectorMoves() {
        List<Statement.Collector> moves = new ArrayList<>();
        if (!globalsScanned) {
            moves.add(new Statement.ScanGlobals());
        }
        for (int g = 0; g < stackScanned.length; g++) {
            if (!stackScanned[g]) {
                moves.add(new Statement.ScanStack(g));
            }
        }
        for (int o = 0; o < colour.length; o++) {
            if (colour[o] == Colour.GREY) {
                moves.add(new Statement.ScanObject(o));
            }
        }
        return moves;
    }

    /** No grey object and every root scanned: mark termination may start. */
    public boolean markingDone() {
        return collectorMoves().isEmpty();
    }

    /**
     * Mark termination with the world stopped. Dijkstra's protocol re-scans every stack and drains what
     * that finds; the others have nothing left to do.
     */
    public List<Shade> terminate() {
        List<Shade> shades = new ArrayList<>();
        if (barrier.roots() == RootProtocol.RESCAN_AT_TERMINATION) {
            for (int g = 0; g < stackScanned.length; g++) {
                scanStackInto(g, shades);
            }
            drainInto(shades);
        }
        return shades;
    }

    /** Scans grey objects in name order until none is left. */
    public void drainInto(List<Shade> shades) {
        for (int o = firstGrey(); o >= 0; o = firstGrey()) {
            scanObjectInto(o, shades);
        }
    }

    private int firstGrey() {
        for (int o = 0; o < colour.length; o++) {
            if (colour[o] == Colour.GREY) {
                return o;
            }
        }
        return -1;
    }

    /** The sweep: frees every allocated object still white. Returns them. */
    public List<Integer> sweep() {
        List<Integer> swept = new ArrayList<>();
        for (int o = 0; o < colour.length; o++) {
            if (allocated[o] && colour[o] == Colour.WHITE) {
                swept.add(o);
            }
        }
        for (int o : swept) {
            allocated[o] = false;
            freed[o] = true;
        }
        return swept;
    }

    private void scanStackInto(int g, List<Shade> shades) {
        int width = layout.locals().size();
        for (int l = 0; l < width; l++) {
            shade(stacks[g * width + l] - 1, ShadeCause.ROOT, shades);
        }
        stackScanned[g] = true;
    }

    private void scanGlobalsInto(List<Shade> shades) {
        for (int value : globals) {
            shade(value - 1, ShadeCause.ROOT, shades);
        }
        globalsScanned = true;
    }

    private void scanObjectInto(int o, List<Shade> shades) {
        int width = layout.fields().size();
        for (int f = 0; f < width; f++) {
            shade(slots[o * width + f] - 1, ShadeCause.FIELD, shades);
        }
        colour[o] = Colour.BLACK;
    }

    private void shade(int object, ShadeCause cause, List<Shade> shades) {
        if (object >= 0 && colour[object] == Colour.WHITE) {
            colour[object] = Colour.GREY;
            shades.add(new Shade(object, cause));
        }
    }

    // ---- reading the state ----

    public Colour colour(int object) {
        return colour[object];
    }

    public boolean allocated(int object) {
        return allocated[object];
    }

    public boolean freed(int object) {
        return freed[object];
    }

    /** The target of a field, or -1 for nil. */
    public int slot(int object, int field) {
        return slots[object * layout.fields().size() + field] - 1;
    }

    public int local(int goroutine, int local) {
        return stacks[goroutine * layout.locals().size() + local] - 1;
    }

    public int global(int global) {
        return globals[global] - 1;
    }

    private void setLocal(int goroutine, int local, int value) {
        stacks[goroutine * layout.locals().size() + local] = value + 1;
    }

    public boolean stackScanned(int goroutine) {
        return stackScanned[goroutine];
    }

    /**
     * A stack's colour for the invariants: grey until scanned, black after; with Dijkstra's protocol
     * grey until mark termination, since it will be re-scanned.
     */
    public Colour stackColour(int goroutine) {
        if (barrier.roots() == RootProtocol.RESCAN_AT_TERMINATION) {
            return Colour.GREY;
        }
        return stackScanned[goroutine] ? Colour.BLACK : Colour.GREY;
    }

    public Colour globalsColour() {
        return globalsScanned ? Colour.BLACK : Colour.GREY;
    }

    /** Objects a root reaches through pointers. */
    public BitSet reachable() {
        BitSet seen = new BitSet(colour.length);
        Deque<Integer> todo = new ArrayDeque<>();
        for (int value : stacks) {
            push(value - 1, seen, todo);
        }
        for (int value : globals) {
            push(value - 1, seen, todo);
        }
        int width = layout.fields().size();
        while (!todo.isEmpty()) {
            int o = todo.pop();
            for (int f = 0; f < width; f++) {
                push(slots[o * width + f] - 1, seen, todo);
            }
        }
        return seen;
    }

    private static void push(int object, BitSet seen, Deque<Integer> todo) {
        if (object >= 0 && !seen.get(object)) {
            seen.set(object);
            todo.push(object);
        }
    }

    /** The strong and the weak invariant in this state. */
    public InvariantReport invariants() {
        List<InvariantReport.Edge> blackToWhite = new ArrayList<>();
        BitSet protectedWhite = new BitSet(colour.length);
        Deque<Integer> todo = new ArrayDeque<>();
        int fields = layout.fields().size();
        int locals = layout.locals().size();
        for (int o = 0; o < colour.length; o++) {
            if (!allocated[o]) {
                continue;
            }
            for (int f = 0; f < fields; f++) {
                holderPoints(colour[o], layout.objects().get(o), layout.fields().get(f), slots[o * fields + f] - 1,
                        blackToWhite, protectedWhite, todo);
            }
        }
        for (int g = 0; g < stackScanned.length; g++) {
            for (int l = 0; l < locals; l++) {
                holderPoints(stackColour(g), layout.goroutines().get(g), layout.locals().get(l),
                        stacks[g * locals + l] - 1, blackToWhite, protectedWhite, todo);
            }
        }
        for (int i = 0; i < globals.length; i++) {
            holderPoints(globalsColour(), "globals", layout.globals().get(i), globals[i] - 1, blackToWhite,
                    protectedWhite, todo);
        }
        while (!todo.isEmpty()) {
            int o = todo.pop();
            for (int f = 0; f < fields; f++) {
                int target = slots[o * fields + f] - 1;
                if (target >= 0 && colour[target] == Colour.WHITE && !protectedWhite.get(target)) {
                    protectedWhite.set(target);
                    todo.push(target);
                }
            }
        }
        List<Integer> unprotected = new ArrayList<>();
        for (InvariantReport.Edge edge : blackToWhite) {
            if (!protectedWhite.get(edge.target()) && !unprotected.contains(edge.target())) {
                unprotected.add(edge.target());
            }
        }
        return new InvariantReport(blackToWhite, unprotected);
    }

    private void holderPoints(Colour holderColour, String holder, String slot, int target,
                              List<InvariantReport.Edge> blackToWhite, BitSet protectedWhite, Deque<Integer> todo) {
        if (target < 0 || colour[target] != Colour.WHITE) {
            return;
        }
        if (holderColour == Colour.BLACK) {
            blackToWhite.add(new InvariantReport.Edge(holder, slot, target));
        } else if (holderColour == Colour.GREY && !protectedWhite.get(target)) {
            protectedWhite.set(target);
            todo.push(target);
        }
    }

    /** Everything that tells two states apart, as a compact string for the checker's visited set. */
    public String key() {
        byte[] bytes = new byte[colour.length * 2 + slots.length + stacks.length + globals.length + stackScanned.length + 1];
        int i = 0;
        for (int o = 0; o < colour.length; o++) {
            bytes[i++] = (byte) colour[o].ordinal();
            bytes[i++] = (byte) ((allocated[o] ? 1 : 0) | (freed[o] ? 2 : 0));
        }
        for (int value : slots) {
            bytes[i++] = (byte) value;
        }
        for (int value : stacks) {
            bytes[i++] = (byte) value;
        }
        for (int value : globals) {
            bytes[i++] = (byte) value;
        }
        for (boolean scanned : stackScanned) {
            bytes[i++] = (byte) (scanned ? 1 : 0);
        }
        bytes[i] = (byte) (globalsScanned ? 1 : 0);
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }
}
