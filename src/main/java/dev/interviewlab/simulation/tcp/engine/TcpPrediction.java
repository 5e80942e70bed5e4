package dev.interviewlab.simulation.tcp.engine;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Predict mode's question at one step of a run: "which state is this endpoint in after the step?". Only
 * steps that change the endpoint's state are asked (a step that keeps it teaches little), and the answer
 * is read off the run's own trace.
 *
 * @param step the 1-based step hidden and asked about
 * @param side the endpoint the step happens to
 */
public record TcpPrediction(int step, Side side, List<String> choices, String answer) {

    /** The scenario kind a missed prediction files as a review card. */
    public static final String KIND = "next-state";
    private static final List<String> STATES = Arrays.stream(TcpState.values()).map(Enum::name).toList();

    public TcpPrediction {
        choices = List.copyOf(choices);
        if (!choices.contains(answer)) {
            throw new IllegalArgumentException("the answer must be one of the choices");
        }
    }

    /** The steps predict mode may hide, in order. */
    public static List<Integer> steps(TcpRun run) {
        return run.events().stream().filter(TcpEvent::changesState).map(TcpEvent::step).toList();
    }

    /** The question at {@code step}, if that step is one predict mode asks. */
    public static Optional<TcpPrediction> at(TcpRun run, int step) {
        if (step < 1 || step > run.events().size()) {
            return Optional.empty();
        }
        TcpEvent event = run.events().get(step - 1);
        return event.changesState()
                ? Optional.of(new TcpPrediction(step, event.side(), STATES, event.after().name()))
                : Optional.empty();
    }

    /** The first step predict mode asks at or after {@code step}. */
    public static Optional<Integer> nextAtOrAfter(TcpRun run, int step) {
        return steps(run).stream().filter(candidate -> candidate >= step).findFirst();
    }

    /** One of the run's predictable steps, drawn by {@code seed}: what a review card asks on its fresh run. */
    public static Optional<TcpPrediction> drawn(TcpRun run, long seed) {
        List<Integer> steps = steps(run);
        if (steps.isEmpty()) {
            return Optional.empty();
        }
        return at(run, steps.get(new SplittableRandom(seed).nextInt(steps.size())));
    }

    public boolean offers(String given) {
        return choices.contains(given);
    }

    public boolean isAnsweredBy(String given) {
        return answer.equals(given);
    }
}
