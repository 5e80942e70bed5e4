package dev.interviewlab.simulation.gmp.engine;

/** One phase of a goroutine: what it does and for how many ticks. */
public record Phase(PhaseKind kind, int ticks) {

    public Phase {
        if (ticks < 1) {
            throw new IllegalArgumentException("a phase lasts at least one tick");
        }
    }

    /** The phase as the script writes it, e.g. {@code loop 50ms nocalls}. */
    public String text() {
        String duration = Tick.format(ticks);
        return switch (kind) {
            case LOOP_NOCALLS -> "loop " + duration + " nocalls";
            case NET -> "net wait " + duration;
            default -> kind.word() + " " + duration;
        };
    }
}
