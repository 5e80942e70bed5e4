package dev.interviewlab.simulation.mesi.engine;

/** The bounds every input is checked against, so one request costs at most a few milliseconds. */
public final class MesiLimits {

    public static final int MIN_CORES = 2;
    public static final int MAX_CORES = 4;
    public static final int MAX_OPERATIONS = 60;
    public static final int MAX_VARIABLES = 4;
    public static final int MAX_VALUE = 999;
    public static final int MAX_SCRIPT_CHARS = 4000;
    public static final int MAX_NAME_CHARS = 8;

    private MesiLimits() {
    }
}
