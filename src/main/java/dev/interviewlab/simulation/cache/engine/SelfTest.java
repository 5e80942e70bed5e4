package dev.interviewlab.simulation.cache.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Questions generated from an experiment's own results, so the right answers come from the
 * engine, never from a table of fixed answers. One question needs an extra run (the same workload
 * with another capacity), which keeps a result page within {@link Limits#MAX_RUNS_PER_EXPERIMENT} + 2 runs.
 */
public final class SelfTest {

    /** How one answer was judged. */
    public record Verdict(Question question, String given, boolean answered, boolean correct) {
    }

    private SelfTest() {
    }

    /**
     * @param timeline the stale read shown on the page, or null
     */
    public static List<Question> questionsFor(ExperimentResult result, StaleReadTimeline timeline) {
        List<Question> questions = new ArrayList<>();
        questions.add(capacityWhatIf(result));
        if (timeline != null) {
            questions.add(staleCause(timeline));
            if (timeline.staleStep() >= 0 && timeline.steps().get(timeline.staleStep()).cacheBehind()) {
                questions.add(staleSince(timeline));
            }
        }
        if (result.input().strategies().size() > 1) {
            questions.add(mostStale(result));
        }
        if (result.comparesMitigation()) {
            questions.add(peakReduction(result));
        }
        RunResult primary = result.primary();
        if (primary.bloom() != null) {
            questions.add(bloomTheory(primary.bloom()));
        }
        result.runs().stream().filter(r -> r.strategy().writeBack() && r.metrics().lostWrites() + r.metrics().flushes() > 0
                && result.input().crashAtMicros() >= 0).findFirst().ifPresent(r -> questions.add(lostWrites(result, r)));
        return questions;
    }

    public static List<Verdict> check(List<Question> questions, Map<String, String> answers) {
        return questions.stream().map(q -> {
            String given = answers.get(q.id());
            boolean answered = given != null && !given.isBlank();
            return new Verdict(q, given, answered, answered && q.accepts(given));
        }).toList();
    }

    /** Doubling the capacity (or halving it at the limit): does the hit ratio rise, fall or stay? */
    private static Question capacityWhatIf(ExperimentResult result) {
        SimulationInput input = result.input();
        RunResult primary = result.primary();
        int capacity = input.capacity();
        boolean doubled = capacity * 2 <= Limits.MAX_CAPACITY;
        int other = doubled ? capacity * 2 : Math.max(1, capacity / 2);
        Metrics variant = CacheSimulation.measure(input.withCapacity(other), result.workload(), primary.strategy(), primary.mitigated());
        double before = primary.metrics().hitRatio() * 100;
        double after = variant.hitRatio() * 100;
        String answer = Math.abs(after - before) < 0.5 ? "same" : after > before ? "rises" : "falls";
        List<Question.Choice> choices = List.of(
                new Question.Choice("rises", "cache.quiz.choice.rises", List.of()),
                new Question.Choice("falls", "cache.quiz.choice.falls", List.of()),
                new Question.Choice("same", "cache.quiz.choice.same", List.of()));
        return new Question("hit-ratio", doubled ? "cache.quiz.capacity.prompt.double" : "cache.quiz.capacity.prompt.halve",
                List.of(new MessageArg(primary.strategy().messageKey()), capacity, other), choices, List.of(answer), 0, 0,
                "cache.quiz.capacity.explanation", List.of(other, percent(after), percent(before), variant.evictions(),
                        primary.metrics().evictions()));
    }

    private static Question staleCause(StaleReadTimeline timeline) {
        List<Question.Choice> choices = java.util.Arrays.stream(AnomalyCause.values())
                .map(c -> new Question.Choice(c.name(), c.messageKey() + ".short", List.of())).toList();
        return new Question("stale-cause", "cache.quiz.cause.prompt", List.of(timeline.staleRead().key()), choices,
                List.of(timeline.cause().name()), 0, 0, timeline.cause().messageKey(), causeArgs(timeline));
    }

    /** From which step of the timeline on did the cache hold a value older than the newest committed one? */
    private static Question staleSince(StaleReadTimeline timeline) {
        List<SimulationEvent> steps = timeline.steps();
        int end = timeline.staleStep();
        int since = end;
        while (since > 0 && steps.get(since - 1).cacheBehind()) {
            since--;
        }
        List<Question.Choice> choices = IntStream.rangeClosed(1, end + 1)
                .mapToObj(i -> new Question.Choice(Integer.toString(i), "cache.quiz.choice.step", List.of(i))).toList();
        // a step number counts from 1, as on the page
        String answer = Integer.toString(since + 1);
        return new Question("stale-since", "cache.quiz.since.prompt", List.of(timeline.staleRead().key(), end + 1), choices,
                List.of(answer), 0, 0, "cache.quiz.since.explanation", List.of(answer, timeline.staleRead().newest() == null ? "-" : timeline.staleRead().newest()));
    }

    private static Question mostStale(ExperimentResult result) {
        boolean mitigated = result.comparesMitigation();
        List<RunResult> runs = result.input().strategies().stream().map(s -> result.run(s, mitigated)).toList();
        int most = runs.stream().mapToInt(r -> r.metrics().staleReads()).max().orElse(0);
        List<Question.Choice> choices = runs.stream().map(r -> new Question.Choice(r.strategy().slug(),
                r.strategy().messageKey(), List.of())).toList();
        List<String> accepted = runs.stream().filter(r -> r.metrics().staleReads() == most).map(r -> r.strategy().slug()).toList();
        return new Question("most-stale", "cache.quiz.mostStale.prompt", List.of(), choices, accepted, 0, 0,
                "cache.quiz.mostStale.explanation", List.of(new MessageArg(runs.stream().filter(r -> r.metrics().staleReads() == most)
                        .findFirst().orElseThrow().strategy().messageKey()), most));
    }

    private static Question peakReduction(ExperimentResult result) {
        Strategy strategy = result.input().strategies().get(0);
        int without = result.run(strategy, false).metrics().peakDbLoad();
        int with = result.run(strategy, true).metrics().peakDbLoad();
        double reduction = without == 0 ? 0 : (without - with) * 100.0 / without;
        Mitigation mitigation = result.input().scenario().mitigation();
        return new Question("peak-reduction", "cache.quiz.peak.prompt",
                List.of(new MessageArg(mitigation.messageKey()), new MessageArg(strategy.messageKey())), List.of(), List.of(),
                Math.round(reduction * 10) / 10.0, 5, "cache.quiz.peak.explanation", List.of(without, with, percent(reduction)));
    }

    private static Question bloomTheory(BloomReport bloom) {
        double theory = bloom.theoreticalRate() * 100;
        return new Question("bloom-rate", "cache.quiz.bloom.prompt", List.of(bloom.bits(), bloom.hashes(), bloom.keys()),
                List.of(), List.of(), Math.round(theory * 1000) / 1000.0, Math.max(0.05, theory * 0.1),
                "cache.quiz.bloom.explanation", List.of(String.format(Locale.ROOT, "%.3f", theory),
                        Double.isNaN(bloom.measuredRate()) ? "-" : String.format(Locale.ROOT, "%.3f", bloom.measuredRate() * 100),
                        bloom.missingKeyLookups()));
    }

    private static Question lostWrites(ExperimentResult result, RunResult writeBack) {
        return new Question("lost-writes", "cache.quiz.lost.prompt", List.of(result.input().crashAtMicros() / 1000.0),
                List.of(), List.of(), writeBack.metrics().lostWrites(), 0, "cache.quiz.lost.explanation",
                List.of(writeBack.metrics().lostWrites(), writeBack.metrics().flushes()));
    }

    /**
     * Arguments of a cause's explanation: {0} reader, {1} key, {2} stale value, {3} newest value,
     * {4} the writer of the newest value, {5} the client that put the stale value in the cache.
     * Clients are numbered from 0, as in traces.
     */
    public static List<Object> causeArgs(StaleReadTimeline timeline) {
        StaleRead read = timeline.staleRead();
        int writer = timeline.clientOf(read.newestOperation());
        int origin = timeline.clientOf(timeline.originOperation());
        return List.of(Integer.toString(read.client()), read.key(), read.valueRead() == null ? "-" : read.valueRead(),
                read.newest() == null ? "-" : read.newest(), writer < 0 ? "?" : Integer.toString(writer),
                origin < 0 ? "?" : Integer.toString(origin));
    }

    private static String percent(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
