package dev.interviewlab.simulation.mesi.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Private caches on one snooping bus, and memory. The bus is atomic: each request, with every
 * snoop it causes, completes before the next begins. Both the simulation and the model checker
 * drive this one class, so the checker verifies the code the page runs.
 */
final class MesiMachine {

    private final int cores;
    private final Layout layout;
    private final ProtocolBug bug;
    private final int[][] lineVariables;
    private final MesiState[][] states;
    private final int[][] cached;
    private final int[] memory;
    /** the last value written to each variable, in bus order: what a read must return */
    private final int[] latest;

    MesiMachine(int cores, Layout layout, ProtocolBug bug) {
        this.cores = cores;
        this.layout = layout;
        this.bug = bug;
        int variables = layout.variables().size();
        lineVariables = new int[layout.lineCount()][];
        for (int line = 0; line < lineVariables.length; line++) {
            int l = line;
            lineVariables[line] = java.util.stream.IntStream.range(0, variables).filter(v -> layout.line(v) == l).toArray();
        }
        states = new MesiState[cores][layout.lineCount()];
        for (MesiState[] row : states) {
            Arrays.fill(row, MesiState.INVALID);
        }
        cached = new int[cores][variables];
        memory = new int[variables];
        latest = new int[variables];
    }

    private MesiMachine(MesiMachine other) {
        cores = other.cores;
        layout = other.layout;
        bug = other.bug;
        lineVariables = other.lineVariables;
        states = new MesiState[cores][];
        cached = new int[cores][];
        for (int c = 0; c < cores; c++) {
            states[c] = other.states[c].clone();
            cached[c] = other.cached[c].clone();
        }
        memory = other.memory.clone();
        latest = other.latest.clone();
    }

    MesiMachine copy() {
        return new MesiMachine(this);
    }

    /** Makes this machine's caches and memory those of {@code other} (same cores and layout), reusing its arrays. */
    void load(MesiMachine other) {
        for (int c = 0; c < cores; c++) {
            System.arraycopy(other.states[c], 0, states[c], 0, states[c].length);
            System.arraycopy(other.cached[c], 0, cached[c], 0, cached[c].length);
        }
        System.arraycopy(other.memory, 0, memory, 0, memory.length);
        System.arraycopy(other.latest, 0, latest, 0, latest.length);
    }

    /** @param snapshot whether the step records every cache's contents afterwards */
    MesiStep apply(int number, Operation op, boolean snapshot) {
        int c = op.core();
        int line = layout.line(op.variable());
        boolean othersHold = false;
        for (int d = 0; d < cores; d++) {
            othersHold |= d != c && states[d][line].valid();
        }
        MesiRule rule = MesiRule.find(states[c][line], op.kind().input(), othersHold, bug).orElse(null);
        if (rule == null) {
            return new MesiStep(number, op, null, null, List.of(), MesiStep.NO_DATA, false, null,
                    snapshot ? snapshot() : null, List.of());
        }
        BusMessage bus = rule.sends();
        List<MesiStep.Snoop> snoops = new ArrayList<>();
        int supplier = MesiStep.NO_DATA;
        boolean writeBack = false;
        if (bus != null) {
            MesiInput snooped = MesiInput.snooping(bus);
            for (int d = 0; d < cores; d++) {
                if (d == c) {
                    continue;
                }
                MesiRule reaction = MesiRule.find(states[d][line], snooped, true, bug).orElse(null);
                if (reaction == null) {
                    continue;
                }
                snoops.add(new MesiStep.Snoop(d, reaction));
                if (reaction.sends() == BusMessage.FLUSH) {
                    supplier = d;
                }
                if (reaction.writesBack()) {
                    writeLineToMemory(d, line);
                    writeBack = true;
                }
                states[d][line] = reaction.to();
            }
            if (bus == BusMessage.BUS_RD || bus == BusMessage.BUS_RDX) {
                int[] source = supplier >= 0 ? cached[supplier] : memory;
                for (int v : lineVariables[line]) {
                    cached[c][v] = source[v];
                }
                if (supplier < 0) {
                    supplier = MesiStep.MEMORY;
                }
            }
        }
        if (rule.writesBack()) {
            writeLineToMemory(c, line);
            writeBack = true;
        }
        states[c][line] = rule.to();
        List<Violation> violations = new ArrayList<>(1);
        Integer valueRead = null;
        switch (op.kind()) {
            case WRITE -> {
                cached[c][op.variable()] = op.value();
                latest[op.variable()] = op.value();
            }
            case READ -> {
                valueRead = cached[c][op.variable()];
                if (valueRead != latest[op.variable()]) {
                    violations.add(new Violation(Violation.Kind.STALE_READ, line, op.variable(), List.of(c),
                            latest[op.variable()], valueRead));
                }
            }
            case EVICT -> {
            }
        }
        singleWriterViolation(line).ifPresent(violations::add);
        return new MesiStep(number, op, rule, bus, snoops, supplier, writeBack, valueRead,
                snapshot ? snapshot() : null, violations);
    }

    private void writeLineToMemory(int core, int line) {
        for (int v : lineVariables[line]) {
            memory[v] = cached[core][v];
        }
    }

    /** Single writer / multiple readers: a line in M or E in one cache is Invalid in every other. */
    private java.util.Optional<Violation> singleWriterViolation(int line) {
        int owner = -1;
        int valid = 0;
        for (int d = 0; d < cores; d++) {
            if (states[d][line].valid()) {
                valid++;
                if (owner < 0 && states[d][line].exclusive()) {
                    owner = d;
                }
            }
        }
        if (owner < 0 || valid == 1) {
            return java.util.Optional.empty();
        }
        List<Integer> involved = new ArrayList<>();
        involved.add(owner);
        for (int d = 0; d < cores; d++) {
            if (d != owner && states[d][line].valid()) {
                involved.add(d);
            }
        }
        return java.util.Optional.of(new Violation(Violation.Kind.SINGLE_WRITER, line, -1, involved, 0, 0));
    }

    /** The value a new write to each variable stores in the model checker: one more than the last. */
    void nextVersions(int[] into) {
        for (int v = 0; v < latest.length; v++) {
            into[v] = latest[v] + 1;
        }
    }

    Snapshot snapshot() {
        List<List<MesiState>> stateRows = new ArrayList<>();
        List<List<Integer>> valueRows = new ArrayList<>();
        for (int c = 0; c < cores; c++) {
            stateRows.add(List.of(states[c]));
            List<Integer> values = new ArrayList<>();
            for (int v = 0; v < cached[c].length; v++) {
                values.add(states[c][layout.line(v)].valid() ? cached[c][v] : null);
            }
            valueRows.add(java.util.Collections.unmodifiableList(values));
        }
        return new Snapshot(List.copyOf(stateRows), List.copyOf(valueRows), Arrays.stream(memory).boxed().toList());
    }

    /**
     * The state as bytes, for the model checker's visited set. An Invalid copy's stale data is left
     * out: no read can see it, so states differing only there are the same.
     */
    void encode(byte[] into, int offset) {
        int i = offset;
        for (int c = 0; c < cores; c++) {
            for (MesiState state : states[c]) {
                into[i++] = (byte) state.ordinal();
            }
            for (int v = 0; v < cached[c].length; v++) {
                into[i++] = (byte) (states[c][layout.line(v)].valid() ? cached[c][v] : 0);
            }
        }
        for (int v = 0; v < memory.length; v++) {
            into[i++] = (byte) memory[v];
            into[i++] = (byte) latest[v];
        }
    }

    int encodedLength() {
        return cores * (layout.lineCount() + layout.variables().size()) + 2 * layout.variables().size();
    }
}
