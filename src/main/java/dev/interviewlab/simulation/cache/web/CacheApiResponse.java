package dev.interviewlab.simulation.cache.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.interviewlab.simulation.cache.engine.BloomReport;
import dev.interviewlab.simulation.cache.engine.Metrics;
import dev.interviewlab.simulation.cache.engine.Outcome;
import dev.interviewlab.simulation.cache.engine.RunResult;
import dev.interviewlab.simulation.cache.engine.SimulationEvent;
import dev.interviewlab.simulation.cache.engine.StaleRead;
import dev.interviewlab.simulation.cache.engine.StaleReadTimeline;

import java.util.List;

/**
 * The answer of {@code POST /api/simulations/cache}. {@code metrics} (and, for a trace,
 * {@code outcomes}) are those of the first strategy, with the mitigation on when the request names
 * a failure mode; {@code runs} lists every run; {@code staleRead} replays the first stale read.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CacheApiResponse(String strategy, String mitigation, Metrics metrics, List<OutcomeJson> outcomes,
                               StaleReadJson staleRead, BloomReport bloom, SeriesJson series, List<RunJson> runs) {

    /** A trace operation's outcome: {@code result} is hit or miss for a get (with {@code value} read), write for a put. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record OutcomeJson(String op, String key, String result, @JsonInclude(JsonInclude.Include.ALWAYS) String value,
                              Boolean stale, String source, int client,
                              double startMs, double endMs) {

        static OutcomeJson of(Outcome o) {
            boolean get = o.op().equals("get");
            return new OutcomeJson(o.op(), o.key(), o.result(), o.value(), get ? o.stale() : null, o.source(), o.client(),
                    o.startMicros() / 1000.0, o.endMicros() / 1000.0);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RunJson(String strategy, String mitigation, Metrics metrics, List<OutcomeJson> outcomes, BloomReport bloom) {

        static RunJson of(RunResult run, boolean trace) {
            return new RunJson(run.strategy().slug(), run.mitigated() ? run.mitigation().slug() : null, run.metrics(),
                    trace ? run.outcomes().stream().map(OutcomeJson::of).toList() : null, run.bloom());
        }
    }

    /** The stale read, why it happened, and the steps that produced it. */
    public record StaleReadJson(String strategy, String key, int operation, int client, String valueRead, String newest,
                                String cause, List<StepJson> steps) {

        static StaleReadJson of(StaleReadTimeline timeline) {
            StaleRead read = timeline.staleRead();
            return new StaleReadJson(timeline.strategy().slug(), read.key(), read.operation(), read.client(), read.valueRead(),
                    read.newest(), read.cause().name(), timeline.steps().stream().map(StepJson::of).toList());
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record StepJson(double timeMs, Integer client, String kind, String key, String value, String cache,
                           String database, boolean stale) {

        static StepJson of(SimulationEvent e) {
            return new StepJson(e.timeMicros() / 1000.0, e.client() < 0 ? null : e.client(), e.kind().name(), e.key(), e.value(),
                    e.cacheHasEntry() ? (e.cacheValue() == null ? "(no such key)" : e.cacheValue()) : null, e.databaseValue(),
                    e.stale());
        }
    }

    /** Counts per window of {@code windowMs}, aligned across all runs. */
    public record SeriesJson(double windowMs, int[] hits, int[] misses, int[] dbReads, int[] dbWrites) {
    }

    static CacheApiResponse of(dev.interviewlab.simulation.cache.engine.ExperimentResult result, StaleReadTimeline timeline) {
        RunResult primary = result.primary();
        boolean trace = result.input().isTrace();
        var s = primary.series();
        return new CacheApiResponse(primary.strategy().slug(), primary.mitigated() ? primary.mitigation().slug() : null,
                primary.metrics(), trace ? primary.outcomes().stream().map(OutcomeJson::of).toList() : null,
                timeline == null ? null : StaleReadJson.of(timeline), primary.bloom(),
                new SeriesJson(s.windowMicros() / 1000.0, s.hits(), s.misses(), s.dbReads(), s.dbWrites()),
                result.runs().stream().map(r -> RunJson.of(r, trace)).toList());
    }
}
