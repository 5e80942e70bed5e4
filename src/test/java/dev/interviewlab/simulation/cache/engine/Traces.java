package dev.interviewlab.simulation.cache.engine;

import dev.interviewlab.simulation.cache.engine.SimulationInputBuilder.RawTraceOperation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Small helpers to write hand-worked traces in tests. */
final class Traces {

    private Traces() {
    }

    static RawTraceOperation get(String key) {
        return new RawTraceOperation("get", key, null, null, null);
    }

    static RawTraceOperation put(String key, String value) {
        return new RawTraceOperation("put", key, value, null, null);
    }

    static RawTraceOperation get(int client, double atMs, String key) {
        return new RawTraceOperation("get", key, null, client, atMs);
    }

    static RawTraceOperation put(int client, double atMs, String key, String value) {
        return new RawTraceOperation("put", key, value, client, atMs);
    }

    /** Gets of the given keys, one after another from one client. */
    static List<RawTraceOperation> gets(String keys) {
        List<RawTraceOperation> ops = new ArrayList<>();
        for (String key : keys.trim().split("\\s+")) {
            ops.add(get(key));
        }
        return ops;
    }

    /** A database holding every key of the given list, each with its upper-cased name as value. */
    static Map<String, String> database(String keys) {
        Map<String, String> rows = new LinkedHashMap<>();
        Arrays.stream(keys.trim().split("\\s+")).forEach(k -> rows.put(k, k.toUpperCase()));
        return rows;
    }

    /** A trace run with fixed latencies (no jitter), so timings can be worked out by hand. */
    static SimulationInputBuilder traceInput(List<RawTraceOperation> ops, Map<String, String> database) {
        return SimulationInput.builder().trace(ops).database(database).latencyJitterPercent(0)
                .cacheLatencyMs(1.0).dbReadLatencyMs(2.0).dbWriteLatencyMs(2.0);
    }

    static RunResult runOnce(SimulationInput input) {
        return CacheSimulation.run(input, CompiledWorkload.of(input), input.strategies().get(0), false);
    }

    /** "H" for a hit, "M" for a miss, "W" for a write, per trace operation. */
    static String pattern(RunResult result) {
        StringBuilder out = new StringBuilder();
        for (Outcome outcome : result.outcomes()) {
            out.append(switch (outcome.result()) {
                case "hit" -> 'H';
                case "miss" -> 'M';
                default -> 'W';
            });
        }
        return out.toString();
    }
}
