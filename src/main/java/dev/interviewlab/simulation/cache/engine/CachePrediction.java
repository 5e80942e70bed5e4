package dev.interviewlab.simulation.cache.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeSet;

/**
 * Predict mode's question in a stale read's timeline: a client asks the cache for the key — a hit, and
 * which value, or a miss? Asked at every client's cache lookup; the answer is the timeline's own step.
 * The reveal says whether the value was stale (older than the newest committed one).
 *
 * @param step    the 1-based step of the timeline hidden and asked about
 * @param choices {@value #MISS}, and {@code hit:<value>} for every value the timeline shows
 */
public record CachePrediction(int step, int client, String key, List<String> choices, String answer) {

    /** The scenario kind a missed prediction files as a review card. */
    public static final String KIND = "read";
    public static final String MISS = "miss";
    /** A hit on a cached "no such key" marker. */
    public static final String NO_ROW = "-";

    public CachePrediction {
        choices = List.copyOf(choices);
        if (!choices.contains(answer)) {
            throw new IllegalArgumentException("the answer must be one of the choices");
        }
    }

    public static String hit(String value) {
        return "hit:" + (value == null ? NO_ROW : value);
    }

    /** The steps predict mode may hide: every client's cache lookup, in order. */
    public static List<Integer> steps(StaleReadTimeline timeline) {
        List<Integer> steps = new ArrayList<>();
        for (int i = 0; i < timeline.steps().size(); i++) {
            if (isLookup(timeline.steps().get(i))) {
                steps.add(i + 1);
            }
        }
        return steps;
    }

    public static Optional<CachePrediction> at(StaleReadTimeline timeline, int step) {
        if (step < 1 || step > timeline.steps().size() || !isLookup(timeline.steps().get(step - 1))) {
            return Optional.empty();
        }
        SimulationEvent event = timeline.steps().get(step - 1);
        String answer = event.kind() == EventKind.CACHE_HIT ? hit(event.value()) : MISS;
        return Optional.of(new CachePrediction(step, event.client(), event.key(), choices(timeline), answer));
    }

    public static Optional<Integer> nextAtOrAfter(StaleReadTimeline timeline, int step) {
        return steps(timeline).stream().filter(candidate -> candidate >= step).findFirst();
    }

    /** One lookup of the timeline drawn by {@code seed}: what a review card asks on its fresh run. */
    public static Optional<CachePrediction> drawn(StaleReadTimeline timeline, long seed) {
        List<Integer> steps = steps(timeline);
        return steps.isEmpty() ? Optional.empty() : at(timeline, steps.get(new SplittableRandom(seed).nextInt(steps.size())));
    }

    public boolean offers(String given) {
        return choices.contains(given);
    }

    public boolean isAnsweredBy(String given) {
        return answer.equals(given);
    }

    private static boolean isLookup(SimulationEvent event) {
        return event.client() >= 0 && (event.kind() == EventKind.CACHE_HIT || event.kind() == EventKind.CACHE_MISS);
    }

    /** A miss, or a hit on any value the timeline shows (in the cache, the database or read): the same list at every step. */
    private static List<String> choices(StaleReadTimeline timeline) {
        TreeSet<String> values = new TreeSet<>();
        for (SimulationEvent event : timeline.steps()) {
            for (String value : new String[]{event.value(), event.cacheValue(), event.databaseValue(), event.newestCommitted()}) {
                if (value != null) {
                    values.add(value);
                }
            }
            if (event.kind() == EventKind.CACHE_HIT && event.value() == null) {
                values.add(NO_ROW);
            }
        }
        List<String> choices = new ArrayList<>();
        choices.add(MISS);
        values.forEach(value -> choices.add(hit(value.equals(NO_ROW) ? null : value)));
        return choices;
    }
}
