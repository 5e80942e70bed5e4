package dev.interviewlab.simulation.gogc.engine;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Replays a script under a barrier: marking starts, the script's steps run in order, then the
 * collector finishes on its own (roots first, then grey objects by name), mark termination, sweep.
 * Deterministic, and bounded by {@link Limits} (a script has at most {@link Limits#MAX_STEPS} steps,
 * and finishing scans each root once and each object at most once).
 */
public final class GcSimulation {

    private final Scenario scenario;
    private final Barrier barrier;
    private final Heap heap;
    private final List<GcEvent> events = new ArrayList<>();
    private int strongBrokenAt;
    private int weakBrokenAt;
    private int barrierShades;

    private GcSimulation(Scenario scenario, Barrier barrier) {
        this.scenario = scenario;
        this.barrier = barrier;
        this.heap = scenario.initialHeap(barrier);
    }

    public static GcRun run(Scenario scenario, Barrier barrier) {
        return new GcSimulation(scenario, barrier).replay();
    }

    private GcRun replay() {
        record(0, "", EventKind.START, List.of(), heap.startMarking());
        Layout layout = scenario.layout();
        for (Step step : scenario.steps()) {
            String text = step.statement().text(layout);
            if (step.statement() instanceof Statement.Mutator mutator) {
                mutate(step.line(), text, mutator);
            } else {
                Statement.Collector collector = (Statement.Collector) step.statement();
                if (heap.canRun(collector)) {
                    record(step.line(), text, collectorKind(collector), collectorArguments(collector), heap.run(collector));
                } else {
                    record(step.line(), text, EventKind.SKIPPED, collectorArguments(collector), List.of());
                }
            }
        }
        for (List<Statement.Collector> moves = heap.collectorMoves(); !moves.isEmpty(); moves = heap.collectorMoves()) {
            Statement.Collector move = moves.get(0);
            record(0, move.text(layout), collectorKind(move), collectorArguments(move), heap.run(move));
        }
        if (barrier.roots() == RootProtocol.RESCAN_AT_TERMINATION) {
            List<Shade> shades = heap.terminate();
            record(0, "", EventKind.RESCAN_STACKS, List.of(), shades);
        }
        BitSet reachable = heap.reachable();
        List<String> lost = new ArrayList<>();
        for (int o = 0; o < layout.objects().size(); o++) {
            if (heap.allocated(o) && heap.colour(o) == Colour.WHITE && reachable.get(o)) {
                lost.add(layout.object(o));
            }
        }
        record(0, "", EventKind.TERMINATION, List.of(String.join(", ", lost)), List.of());
        List<String> freed = heap.sweep().stream().map(layout::object).toList();
        record(0, "", EventKind.SWEEP, List.of(String.join(", ", freed)), List.of());
        return new GcRun(scenario, barrier, events, freed, lost, strongBrokenAt, weakBrokenAt, barrierShades);
    }

    private void mutate(int line, String text, Statement.Mutator statement) {
        Layout layout = scenario.layout();
        int g = statement.goroutine();
        String goroutine = layout.goroutines().get(g);
        EventKind kind;
        List<String> arguments;
        if (statement instanceof Statement.Load s && heap.local(g, s.holder()) < 0
                || statement instanceof Statement.Store t && heap.local(g, t.holder()) < 0) {
            int holder = statement instanceof Statement.Load s ? s.holder() : ((Statement.Store) statement).holder();
            record(line, text, EventKind.NIL_HOLDER, List.of(goroutine, layout.local(holder)), heap.run(statement));
            return;
        }
        if (statement instanceof Statement.Load s) {
            int holder = heap.local(g, s.holder());
            kind = EventKind.LOAD;
            arguments = List.of(goroutine, layout.local(s.target()), layout.object(holder), layout.fields().get(s.field()),
                    layout.object(heap.slot(holder, s.field())));
        } else if (statement instanceof Statement.Store s) {
            int holder = heap.local(g, s.holder());
            kind = EventKind.STORE;
            arguments = List.of(goroutine, layout.object(holder), layout.fields().get(s.field()),
                    layout.object(heap.slot(holder, s.field())), layout.object(s.value() < 0 ? -1 : heap.local(g, s.value())));
        } else if (statement instanceof Statement.Copy s) {
            kind = EventKind.COPY;
            arguments = List.of(goroutine, layout.local(s.target()), layout.object(heap.local(g, s.source())));
        } else if (statement instanceof Statement.Drop s) {
            kind = EventKind.DROP;
            arguments = List.of(goroutine, layout.local(s.local()), layout.object(heap.local(g, s.local())));
        } else if (statement instanceof Statement.LoadGlobal s) {
            kind = EventKind.LOAD_GLOBAL;
            arguments = List.of(goroutine, layout.local(s.target()), layout.globals().get(s.global()),
                    layout.object(heap.global(s.global())));
        } else if (statement instanceof Statement.StoreGlobal s) {
            kind = EventKind.STORE_GLOBAL;
            arguments = List.of(goroutine, layout.globals().get(s.global()), layout.object(heap.global(s.global())),
                    layout.object(s.value() < 0 ? -1 : heap.local(g, s.value())));
        } else {
            Statement.Alloc s = (Statement.Alloc) statement;
            if (heap.allocated(s.object()) || heap.freed(s.object())) {
                record(line, text, EventKind.SKIPPED, List.of(text), List.of());
                return;
            }
            kind = EventKind.ALLOC;
            arguments = List.of(goroutine, layout.local(s.target()), layout.object(s.object()));
        }
        record(line, text, kind, arguments, heap.run(statement));
    }

    private static EventKind collectorKind(Statement.Collector statement) {
        if (statement instanceof Statement.ScanStack) {
            return EventKind.SCAN_STACK;
        }
        return statement instanceof Statement.ScanObject ? EventKind.SCAN_OBJECT : EventKind.SCAN_GLOBALS;
    }

    private List<String> collectorArguments(Statement.Collector statement) {
        Layout layout = scenario.layout();
        if (statement instanceof Statement.ScanStack s) {
            return List.of(layout.goroutines().get(s.goroutine()));
        }
        if (statement instanceof Statement.ScanObject s) {
            return List.of(layout.object(s.object()), heap.colour(s.object()).key());
        }
        return List.of("globals");
    }

    private void record(int line, String text, EventKind kind, List<String> arguments, List<Shade> shades) {
        InvariantReport report = heap.invariants();
        int number = events.size() + 1;
        if (strongBrokenAt == 0 && !report.strongHolds()) {
            strongBrokenAt = number;
        }
        if (weakBrokenAt == 0 && !report.weakHolds()) {
            weakBrokenAt = number;
        }
        barrierShades += (int) shades.stream()
                .filter(s -> s.cause() == ShadeCause.OLD_POINTER || s.cause() == ShadeCause.NEW_POINTER).count();
        events.add(new GcEvent(number, line, text, kind, arguments, shades, HeapSnapshot.of(heap), report));
    }
}
