package dev.interviewlab.simulation.mesi.engine;

/** The state of one line in one cache (Sorin, Hill and Wood, A Primer on Memory Consistency and Cache Coherence, §7.3). */
public enum MesiState {
    MODIFIED('M'), EXCLUSIVE('E'), SHARED('S'), INVALID('I');

    private final char letter;

    MesiState(char letter) {
        this.letter = letter;
    }

    public char letter() {
        return letter;
    }

    public boolean valid() {
        return this != INVALID;
    }

    /** M and E promise that no other cache holds the line. */
    public boolean exclusive() {
        return this == MODIFIED || this == EXCLUSIVE;
    }
}
