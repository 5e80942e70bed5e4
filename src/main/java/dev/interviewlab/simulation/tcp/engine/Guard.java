package dev.interviewlab.simulation.tcp.engine;

/** A condition on the endpoint that picks between two rules for the same state and input. */
public enum Guard {
    ALWAYS,
    /** The connection came from LISTEN (RFC 9293 §3.3.2, Note 1). */
    PASSIVE_OPEN,
    /** The connection came from SYN_SENT. */
    ACTIVE_OPEN,
    /** Linux profile and the application has called close(): the socket is an orphan. */
    ORPHANED_ON_LINUX,
    /** RFC profile, or the application still holds the socket. */
    NOT_ORPHANED_ON_LINUX;

    boolean holds(boolean passiveOpen, boolean orphanedOnLinux) {
        return switch (this) {
            case ALWAYS -> true;
            case PASSIVE_OPEN -> passiveOpen;
            case ACTIVE_OPEN -> !passiveOpen;
            case ORPHANED_ON_LINUX -> orphanedOnLinux;
            case NOT_ORPHANED_ON_LINUX -> !orphanedOnLinux;
        };
    }
}
