package dev.interviewlab.simulation.gogc.engine;

/**
 * Dijkstra et al.'s three colours. White: not reached yet (freed at sweep if still white). Grey:
 * reached, its pointers not scanned yet. Black: reached and scanned. The letter lets the page say the
 * colour without relying on the fill alone.
 */
public enum Colour {
    WHITE('W'), GREY('G'), BLACK('B');

    private final char letter;

    Colour(char letter) {
        this.letter = letter;
    }

    public char letter() {
        return letter;
    }

    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
