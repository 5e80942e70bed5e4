package dev.interviewlab.simulation.gogc.engine;

/**
 * One step of a script: a goroutine's statement (the mutator) or a collector action. Indices refer to
 * the scenario's {@link Layout}; {@code -1} as a value means {@code nil}. Reads and writes of stack
 * variables never run a barrier (Go's compiler emits none for the current frame); writes into heap
 * objects and globals do.
 */
public sealed interface Statement {

    /** The statement as the script language writes it. */
    String text(Layout layout);

    /** A goroutine's statement. */
    sealed interface Mutator extends Statement {
        int goroutine();

        default String prefix(Layout layout) {
            return layout.goroutines().get(goroutine()) + ": ";
        }
    }

    /** A collector action. */
    sealed interface Collector extends Statement {
    }

    /** {@code g1: y = x.f}: a stack variable takes the pointer in a field. */
    record Load(int goroutine, int target, int holder, int field) implements Mutator {
        public String text(Layout l) {
            return prefix(l) + l.local(target) + " = " + l.local(holder) + "." + l.fields().get(field);
        }
    }

    /** {@code g1: x.f = y} or {@code g1: x.f = nil}: a pointer write into a heap object, with the barrier. */
    record Store(int goroutine, int holder, int field, int value) implements Mutator {
        public String text(Layout l) {
            return prefix(l) + l.local(holder) + "." + l.fields().get(field) + " = " + l.local(value);
        }
    }

    /** {@code g1: y = x}: a copy between stack variables. */
    record Copy(int goroutine, int target, int source) implements Mutator {
        public String text(Layout l) {
            return prefix(l) + l.local(target) + " = " + l.local(source);
        }
    }

    /** {@code g1: x = nil}: the goroutine drops a pointer from its stack. */
    record Drop(int goroutine, int local) implements Mutator {
        public String text(Layout l) {
            return prefix(l) + l.local(local) + " = nil";
        }
    }

    /** {@code g1: y = r} where r is a global: loads a global onto the stack. */
    record LoadGlobal(int goroutine, int target, int global) implements Mutator {
        public String text(Layout l) {
            return prefix(l) + l.local(target) + " = " + l.globals().get(global);
        }
    }

    /** {@code g1: r = y} where r is a global: a pointer write into a global, with the barrier. */
    record StoreGlobal(int goroutine, int global, int value) implements Mutator {
        public String text(Layout l) {
            return prefix(l) + l.globals().get(global) + " = " + l.local(value);
        }
    }

    /** {@code g1: x = new D}: allocates object D, black while marking runs (Go allocates black). */
    record Alloc(int goroutine, int target, int object) implements Mutator {
        public String text(Layout l) {
            return prefix(l) + l.local(target) + " = new " + l.object(object);
        }
    }

    /** {@code gc: scan stack g1}: shades what the goroutine's stack points to. */
    record ScanStack(int goroutine) implements Collector {
        public String text(Layout l) {
            return "gc: scan stack " + l.goroutines().get(goroutine);
        }
    }

    /** {@code gc: scan globals}: shades what the globals point to. */
    record ScanGlobals() implements Collector {
        public String text(Layout l) {
            return "gc: scan globals";
        }
    }

    /** {@code gc: scan A}: takes grey object A, shades its fields' targets and blackens it. */
    record ScanObject(int object) implements Collector {
        public String text(Layout l) {
            return "gc: scan " + l.object(object);
        }
    }
}
