package dev.interviewlab.simulation.gogc.engine;

/**
 * The tri-colour invariants, over objects and roots (a goroutine stack or the globals area has a
 * colour too: grey until the collector scanned it, black after; see {@link RootProtocol}).
 * <ul>
 *   <li>STRONG (Dijkstra et al. 1978): no black holder points to a white object.</li>
 *   <li>WEAK (Pirinen 1998; Go proposal 17503): every white object a black holder points to is
 *       reachable from a grey holder through a chain of white objects only ("grey-protected").</li>
 * </ul>
 * Either one, kept until marking ends, means no reachable object is white at mark termination, so the
 * sweep frees only garbage.
 */
public enum Invariant {
    /** Promises nothing: the collector without a barrier. */
    NONE,
    STRONG,
    WEAK;

    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Whether a state keeps this invariant. */
    public boolean holdsIn(InvariantReport report) {
        return switch (this) {
            case NONE -> true;
            case STRONG -> report.strongHolds();
            case WEAK -> report.weakHolds();
        };
    }
}
