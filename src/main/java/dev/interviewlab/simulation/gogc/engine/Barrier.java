package dev.interviewlab.simulation.gogc.engine;

import java.util.Locale;
import java.util.Optional;

/**
 * The write barriers the simulation offers, as a table: what each shades on a pointer write
 * {@code *slot = ptr} into a heap object or a global, how it treats stacks, and the invariant it keeps.
 * Go's runtime/mbarrier.go (Go 1.8+):
 * <pre>
 *     writePointer(slot, ptr):
 *         shade(*slot)
 *         if current stack is grey:
 *             shade(ptr)
 *         *slot = ptr
 * </pre>
 */
public enum Barrier {
    /** No barrier: the mutator can hide an object from the collector. */
    NONE("none", false, NewPointerShading.NEVER, RootProtocol.SCAN_ONCE, Invariant.NONE),
    /** Dijkstra et al. 1978 insertion barrier: shade(ptr). Stacks re-scanned at termination (Go 1.5-1.7). */
    DIJKSTRA("dijkstra", false, NewPointerShading.ALWAYS, RootProtocol.RESCAN_AT_TERMINATION, Invariant.STRONG),
    /** Yuasa 1990 deletion barrier: shade(*slot), with the roots snapshotted when marking starts. */
    YUASA("yuasa", true, NewPointerShading.NEVER, RootProtocol.SNAPSHOT_AT_START, Invariant.WEAK),
    /** Go 1.8+ hybrid barrier (proposal 17503): shade(*slot); shade(ptr) while the writer's stack is grey. */
    HYBRID("hybrid", true, NewPointerShading.WHILE_STACK_GREY, RootProtocol.SCAN_ONCE, Invariant.WEAK);

    /** When the barrier shades the pointer being written. */
    public enum NewPointerShading { NEVER, ALWAYS, WHILE_STACK_GREY }

    private final String key;
    private final boolean shadesOld;
    private final NewPointerShading shadesNew;
    private final RootProtocol roots;
    private final Invariant promise;

    Barrier(String key, boolean shadesOld, NewPointerShading shadesNew, RootProtocol roots, Invariant promise) {
        this.key = key;
        this.shadesOld = shadesOld;
        this.shadesNew = shadesNew;
        this.roots = roots;
        this.promise = promise;
    }

    public String key() {
        return key;
    }

    /** Whether a write shades the object the slot pointed to before (the deletion half). */
    public boolean shadesOld() {
        return shadesOld;
    }

    public NewPointerShading shadesNew() {
        return shadesNew;
    }

    public RootProtocol roots() {
        return roots;
    }

    /** The invariant this barrier keeps during marking; the model checker asserts it. */
    public Invariant promise() {
        return promise;
    }

    /** Whether a write by a goroutine whose stack is (or is not) still grey shades the new pointer. */
    public boolean shadesNew(boolean writerStackGrey) {
        return switch (shadesNew) {
            case NEVER -> false;
            case ALWAYS -> true;
            case WHILE_STACK_GREY -> writerStackGrey;
        };
    }

    public static Optional<Barrier> byKey(String key) {
        if (key == null) {
            return Optional.empty();
        }
        String wanted = key.strip().toLowerCase(Locale.ROOT);
        for (Barrier barrier : values()) {
            if (barrier.key.equals(wanted)) {
                return Optional.of(barrier);
            }
        }
        return Optional.empty();
    }
}
