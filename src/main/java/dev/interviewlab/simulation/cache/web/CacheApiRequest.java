package dev.interviewlab.simulation.cache.web;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import dev.interviewlab.simulation.cache.engine.SimulationInputBuilder;
import dev.interviewlab.simulation.cache.engine.SimulationInputBuilder.RawTraceOperation;
import dev.interviewlab.web.InvalidInputException.FieldProblem;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The body of {@code POST /api/simulations/cache}: the form's settings as JSON, times in
 * milliseconds. A workload is either {@code trace} (with an optional {@code database}) or
 * {@code workload} (the generator's settings). Missing settings take the engine's defaults; an
 * unknown property (a typo such as {@code capcity}) is a 400, not silently ignored.
 */
public record CacheApiRequest(String strategy, List<String> strategies, String eviction, Integer capacity, Double ttlMs,
                              Double cacheLatencyMs, Double dbReadLatencyMs, Double dbWriteLatencyMs,
                              Integer latencyJitterPercent, List<TraceEntry> trace, Map<String, String> database,
                              Generator workload, String failureMode, String mitigation, Integer ttlJitterPercent,
                              Integer missingKeyPercent, Integer missingKeySpace, Double bloomFalsePositiveRate,
                              Double nullTtlMs, Double flushIntervalMs, Integer flushBatch, Double crashAtMs,
                              Double secondDeleteDelayMs, Long seed, @JsonAnySetter Map<String, Object> unknown) {

    /** One trace operation: {@code client} and {@code at} (ms) are optional. */
    public record TraceEntry(String op, String key, String value, Integer client, Double at,
                             @JsonAnySetter Map<String, Object> unknown) {
    }

    /** The generator's settings. */
    public record Generator(Integer keyCount, Integer readPercent, String distribution, Double zipfSkew,
                            Integer hotKeyPercent, Integer clients, Integer operations, Double thinkTimeMs, Long seed,
                            @JsonAnySetter Map<String, Object> unknown) {
    }

    /**
     * Problems the engine cannot see: settings it does not know (a typo such as {@code capcity} is
     * reported, not ignored), a request that names both kinds of workload, or both strategy fields.
     */
    List<FieldProblem> shapeProblems() {
        List<FieldProblem> problems = new ArrayList<>();
        unknownSettings("", unknown, problems);
        if (workload != null) {
            unknownSettings("workload.", workload.unknown(), problems);
        }
        if (trace != null) {
            for (int i = 0; i < trace.size(); i++) {
                if (trace.get(i) != null) {
                    unknownSettings("trace[" + i + "].", trace.get(i).unknown(), problems);
                }
            }
        }
        if (trace != null && workload != null) {
            problems.add(FieldProblem.of("trace", "cache.error.traceAndWorkload"));
        }
        if (strategy != null && strategies != null) {
            problems.add(FieldProblem.of("strategy", "cache.error.strategyTwice"));
        }
        if (database != null && trace == null) {
            problems.add(FieldProblem.of("database", "cache.error.databaseWithoutTrace"));
        }
        return problems;
    }

    private static void unknownSettings(String prefix, Map<String, Object> unknown, List<FieldProblem> problems) {
        if (unknown != null) {
            unknown.keySet().stream().sorted().limit(20)
                    .forEach(name -> problems.add(FieldProblem.of(prefix + name, "cache.error.unknownSetting")));
        }
    }

    SimulationInputBuilder toBuilder() {
        List<String> chosen = strategies != null ? strategies : strategy != null ? List.of(strategy) : null;
        SimulationInputBuilder builder = dev.interviewlab.simulation.cache.engine.SimulationInput.builder()
                .strategies(chosen).eviction(eviction).capacity(capacity).ttlMs(ttlMs).cacheLatencyMs(cacheLatencyMs)
                .dbReadLatencyMs(dbReadLatencyMs).dbWriteLatencyMs(dbWriteLatencyMs).latencyJitterPercent(latencyJitterPercent)
                .failureMode(failureMode).mitigation(mitigation).ttlJitterPercent(ttlJitterPercent)
                .missingKeyPercent(missingKeyPercent).missingKeySpace(missingKeySpace)
                .bloomFalsePositiveRate(bloomFalsePositiveRate).nullTtlMs(nullTtlMs).flushIntervalMs(flushIntervalMs)
                .flushBatch(flushBatch).crashAtMs(crashAtMs).secondDeleteDelayMs(secondDeleteDelayMs).seed(seed);
        if (trace != null) {
            builder.trace(trace.stream().map(e -> e == null ? null
                    : new RawTraceOperation(e.op(), e.key(), e.value(), e.client(), e.at())).toList()).database(database);
        } else if (workload != null) {
            builder.keyCount(workload.keyCount()).readPercent(workload.readPercent()).distribution(workload.distribution())
                    .zipfSkew(workload.zipfSkew()).hotKeyPercent(workload.hotKeyPercent()).clients(workload.clients())
                    .operations(workload.operations()).thinkTimeMs(workload.thinkTimeMs());
            if (workload.seed() != null) {
                builder.seed(workload.seed());
            }
        }
        return builder;
    }
}
