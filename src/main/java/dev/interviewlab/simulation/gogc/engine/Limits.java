package dev.interviewlab.simulation.gogc.engine;

/** Bounds on a script, so a run stays small enough to draw and cheap to compute. */
public final class Limits {

    public static final int MAX_SCRIPT_CHARS = 3_000;
    public static final int MAX_LINES = 80;
    public static final int MAX_STEPS = 60;
    public static final int MAX_OBJECTS = 12;
    public static final int MAX_FIELDS = 3;
    public static final int MAX_GOROUTINES = 3;
    public static final int MAX_LOCALS = 5;
    public static final int MAX_GLOBALS = 3;

    private Limits() {
    }
}
