package dev.interviewlab.simulation.gogc.engine;

/** Why an object turned grey. */
public enum ShadeCause {
    /** A stack or a global pointed to it when the collector scanned the root. */
    ROOT,
    /** A field of an object the collector scanned pointed to it. */
    FIELD,
    /** The barrier's deletion half: the slot pointed to it before the write (Yuasa, hybrid). */
    OLD_POINTER,
    /** The barrier's insertion half: it was the pointer being written (Dijkstra, hybrid while the stack is grey). */
    NEW_POINTER;

    public String key() {
        return switch (this) {
            case ROOT -> "root";
            case FIELD -> "field";
            case OLD_POINTER -> "oldPointer";
            case NEW_POINTER -> "newPointer";
        };
    }
}
