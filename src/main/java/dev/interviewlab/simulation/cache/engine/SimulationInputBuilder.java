package dev.interviewlab.simulation.cache.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects raw settings as the form and the JSON API receive them (names, numbers in
 * milliseconds, possibly missing) and turns them into a {@link SimulationInput}, or reports every
 * problem at once. A missing setting takes the default listed in {@link Defaults}.
 */
public final class SimulationInputBuilder {

    /** The default settings: a workload small enough to read, busy enough to show races. */
    public static final class Defaults {
        public static final String STRATEGY = "cache-aside";
        public static final String EVICTION = "LRU";
        public static final int CAPACITY = 500;
        public static final double TTL_MS = 2_000;
        public static final double CACHE_LATENCY_MS = 0.2;
        public static final double DB_READ_LATENCY_MS = 2;
        public static final double DB_WRITE_LATENCY_MS = 5;
        public static final int LATENCY_JITTER_PERCENT = 100;
        public static final int KEY_COUNT = 1_000;
        public static final int READ_PERCENT = 95;
        public static final String DISTRIBUTION = "zipf";
        public static final double ZIPF_SKEW = 0.99;
        public static final int HOT_KEY_PERCENT = 50;
        public static final int CLIENTS = 16;
        public static final int OPERATIONS = 20_000;
        public static final double THINK_TIME_MS = 10;
        public static final String FAILURE_MODE = "none";
        public static final int TTL_JITTER_PERCENT = 20;
        public static final int MISSING_KEY_PERCENT = 20;
        /** Few missing keys asked again and again (a bot, a stale link): caching nulls helps; the Bloom preset asks for many. */
        public static final int MISSING_KEY_SPACE = 100;
        public static final double BLOOM_FALSE_POSITIVE_RATE = 0.01;
        public static final double NULL_TTL_MS = 500;
        public static final double FLUSH_INTERVAL_MS = 100;
        public static final int FLUSH_BATCH = 0;
        public static final double SECOND_DELETE_DELAY_MS = 10;
        public static final long SEED = 42;

        private Defaults() {
        }
    }

    /** One raw trace entry. */
    public record RawTraceOperation(String op, String key, String value, Integer client, Double at) {
    }

    private List<String> strategies;
    private String eviction;
    private Integer capacity;
    private Double ttlMs;
    private Double cacheLatencyMs;
    private Double dbReadLatencyMs;
    private Double dbWriteLatencyMs;
    private Integer latencyJitterPercent;
    private Integer keyCount;
    private Integer readPercent;
    private String distribution;
    private Double zipfSkew;
    private Integer hotKeyPercent;
    private Integer clients;
    private Integer operations;
    private Double thinkTimeMs;
    private List<RawTraceOperation> trace;
    private Map<String, String> database;
    private String failureMode;
    private String mitigation;
    private Integer ttlJitterPercent;
    private Integer missingKeyPercent;
    private Integer missingKeySpace;
    private Double bloomFalsePositiveRate;
    private Double nullTtlMs;
    private Double flushIntervalMs;
    private Integer flushBatch;
    private Double crashAtMs;
    private Double secondDeleteDelayMs;
    private Long seed;

    private final List<SettingProblem> problems = new ArrayList<>();

    SimulationInputBuilder() {
    }

    /** Null: the default strategy; an empty list is a problem (nothing to run). */
    public SimulationInputBuilder strategies(List<String> value) { strategies = value; return this; }
    public SimulationInputBuilder eviction(String value) { eviction = value; return this; }
    public SimulationInputBuilder capacity(Integer value) { capacity = value; return this; }
    public SimulationInputBuilder ttlMs(Double value) { ttlMs = value; return this; }
    public SimulationInputBuilder cacheLatencyMs(Double value) { cacheLatencyMs = value; return this; }
    public SimulationInputBuilder dbReadLatencyMs(Double value) { dbReadLatencyMs = value; return this; }
    public SimulationInputBuilder dbWriteLatencyMs(Double value) { dbWriteLatencyMs = value; return this; }
    public SimulationInputBuilder latencyJitterPercent(Integer value) { latencyJitterPercent = value; return this; }
    public SimulationInputBuilder keyCount(Integer value) { keyCount = value; return this; }
    public SimulationInputBuilder readPercent(Integer value) { readPercent = value; return this; }
    public SimulationInputBuilder distribution(String value) { distribution = value; return this; }
    public SimulationInputBuilder zipfSkew(Double value) { zipfSkew = value; return this; }
    public SimulationInputBuilder hotKeyPercent(Integer value) { hotKeyPercent = value; return this; }
    public SimulationInputBuilder clients(Integer value) { clients = value; return this; }
    public SimulationInputBuilder operations(Integer value) { operations = value; return this; }
    public SimulationInputBuilder thinkTimeMs(Double value) { thinkTimeMs = value; return this; }
    /** An explicit trace replaces the generator. */
    public SimulationInputBuilder trace(List<RawTraceOperation> value) { trace = value; return this; }
    public SimulationInputBuilder database(Map<String, String> value) { database = value; return this; }
    public SimulationInputBuilder failureMode(String value) { failureMode = value; return this; }
    public SimulationInputBuilder mitigation(String value) { mitigation = value; return this; }
    public SimulationInputBuilder ttlJitterPercent(Integer value) { ttlJitterPercent = value; return this; }
    public SimulationInputBuilder missingKeyPercent(Integer value) { missingKeyPercent = value; return this; }
    public SimulationInputBuilder missingKeySpace(Integer value) { missingKeySpace = value; return this; }
    public SimulationInputBuilder bloomFalsePositiveRate(Double value) { bloomFalsePositiveRate = value; return this; }
    public SimulationInputBuilder nullTtlMs(Double value) { nullTtlMs = value; return this; }
    public SimulationInputBuilder flushIntervalMs(Double value) { flushIntervalMs = value; return this; }
    public SimulationInputBuilder flushBatch(Integer value) { flushBatch = value; return this; }
    /** Null or absent: the cache never crashes. */
    public SimulationInputBuilder crashAtMs(Double value) { crashAtMs = value; return this; }
    public SimulationInputBuilder secondDeleteDelayMs(Double value) { secondDeleteDelayMs = value; return this; }
    public SimulationInputBuilder seed(Long value) { seed = value; return this; }

    /** The validated input; throws {@link InvalidSettingsException} listing every problem. */
    public SimulationInput build() {
        problems.clear();
        List<Strategy> chosen = strategies();
        EvictionPolicy policy = EvictionPolicy.byName(or(eviction, Defaults.EVICTION)).orElse(null);
        if (policy == null) {
            problems.add(SettingProblem.of("eviction", "unknown", "LRU, LFU, FIFO"));
        }
        int cap = intIn("capacity", capacity, Defaults.CAPACITY, 1, Limits.MAX_CAPACITY);
        long ttl = micros("ttlMs", ttlMs, Defaults.TTL_MS, 0, Limits.MAX_TIME_MS);
        long cacheLatency = micros("cacheLatencyMs", cacheLatencyMs, Defaults.CACHE_LATENCY_MS, Limits.MIN_LATENCY_MS, Limits.MAX_LATENCY_MS);
        long dbRead = micros("dbReadLatencyMs", dbReadLatencyMs, Defaults.DB_READ_LATENCY_MS, Limits.MIN_LATENCY_MS, Limits.MAX_LATENCY_MS);
        long dbWrite = micros("dbWriteLatencyMs", dbWriteLatencyMs, Defaults.DB_WRITE_LATENCY_MS, Limits.MIN_LATENCY_MS, Limits.MAX_LATENCY_MS);
        int jitter = intIn("latencyJitterPercent", latencyJitterPercent, Defaults.LATENCY_JITTER_PERCENT, 0, Limits.MAX_LATENCY_JITTER_PERCENT);
        Workload workload = trace != null ? trace() : generated();
        Scenario scenario = scenario();
        long flushInterval = micros("flushIntervalMs", flushIntervalMs, Defaults.FLUSH_INTERVAL_MS, 0, Limits.MAX_TIME_MS);
        int batch = intIn("flushBatch", flushBatch, Defaults.FLUSH_BATCH, 0, Limits.MAX_FLUSH_BATCH);
        if (flushInterval == 0 && batch == 0) {
            problems.add(SettingProblem.of("flushIntervalMs", "flushNever"));
        }
        if (workload instanceof GeneratedWorkload g && scenario != null && !chosen.isEmpty()) {
            int runs = chosen.size() * (scenario.mode() == FailureMode.NONE ? 1 : 2);
            if ((long) g.operations() * runs > Limits.MAX_OPERATION_RUNS) {
                problems.add(SettingProblem.of("workload.operations", "tooManyForRuns", runs, Limits.MAX_OPERATION_RUNS / runs));
            }
        }
        long crashAt = crashAtMs == null ? -1 : micros("crashAtMs", crashAtMs, 0, 0, Limits.MAX_TIME_MS);
        long secondDelete = micros("secondDeleteDelayMs", secondDeleteDelayMs, Defaults.SECOND_DELETE_DELAY_MS, 0, Limits.MAX_TIME_MS);
        if (!problems.isEmpty()) {
            throw new InvalidSettingsException(problems);
        }
        return new SimulationInput(chosen, policy, cap, ttl, new Latencies(cacheLatency, dbRead, dbWrite, jitter), workload,
                scenario, new WriteBackSettings(flushInterval, batch), secondDelete, crashAt, seed == null ? Defaults.SEED : seed);
    }

    private List<Strategy> strategies() {
        if (strategies != null && strategies.isEmpty()) {
            problems.add(SettingProblem.of("strategy", "required"));
            return List.of();
        }
        List<String> names = strategies == null ? List.of(Defaults.STRATEGY) : strategies;
        if (names.size() > Limits.MAX_STRATEGIES) {
            problems.add(SettingProblem.of("strategy", "tooMany", Limits.MAX_STRATEGIES));
            return List.of();
        }
        List<Strategy> chosen = new ArrayList<>();
        for (String name : names) {
            Strategy strategy = name == null ? null : Strategy.bySlug(name.trim()).orElse(null);
            if (strategy == null) {
                problems.add(SettingProblem.of("strategy", "unknown", slugs(Strategy.values(), Strategy::slug)));
            } else if (chosen.contains(strategy)) {
                problems.add(SettingProblem.of("strategy", "duplicate", strategy.slug()));
            } else {
                chosen.add(strategy);
            }
        }
        return chosen;
    }

    private Workload generated() {
        int keys = intIn("workload.keyCount", keyCount, Defaults.KEY_COUNT, 1, Limits.MAX_KEYS);
        int reads = intIn("workload.readPercent", readPercent, Defaults.READ_PERCENT, 0, 100);
        Distribution dist = Distribution.bySlug(or(distribution, Defaults.DISTRIBUTION)).orElse(null);
        if (dist == null) {
            problems.add(SettingProblem.of("workload.distribution", "unknown", slugs(Distribution.values(), Distribution::slug)));
        }
        double skew = doubleIn("workload.zipfSkew", zipfSkew, Defaults.ZIPF_SKEW, 0, Limits.MAX_ZIPF_SKEW);
        int hot = intIn("workload.hotKeyPercent", hotKeyPercent, Defaults.HOT_KEY_PERCENT, 0, 100);
        int clientCount = intIn("workload.clients", clients, Defaults.CLIENTS, 1, Limits.MAX_CLIENTS);
        int ops = intIn("workload.operations", operations, Defaults.OPERATIONS, 1, Limits.MAX_OPERATIONS);
        long think = micros("workload.thinkTimeMs", thinkTimeMs, Defaults.THINK_TIME_MS, 0, Limits.MAX_THINK_TIME_MS);
        if (dist == null || !problems.isEmpty()) {
            return null;
        }
        return new GeneratedWorkload(keys, reads, dist, skew, hot, clientCount, ops, think);
    }

    private Workload trace() {
        if (trace.isEmpty()) {
            problems.add(SettingProblem.of("trace", "required"));
            return null;
        }
        if (trace.size() > Limits.MAX_TRACE_OPERATIONS) {
            problems.add(SettingProblem.of("trace", "tooMany", Limits.MAX_TRACE_OPERATIONS));
            return null;
        }
        List<TraceOperation> operationsRead = new ArrayList<>();
        for (int i = 0; i < trace.size(); i++) {
            RawTraceOperation raw = trace.get(i);
            String field = "trace[" + i + "]";
            if (raw == null) {
                problems.add(SettingProblem.of(field, "required"));
                continue;
            }
            TraceOperation.Kind kind = raw.op() == null ? null : switch (raw.op().trim().toLowerCase(java.util.Locale.ROOT)) {
                case "get" -> TraceOperation.Kind.GET;
                case "put" -> TraceOperation.Kind.PUT;
                default -> null;
            };
            if (kind == null) {
                problems.add(SettingProblem.of(field + ".op", "unknown", "get, put"));
            }
            String key = text(field + ".key", raw.key(), true, Limits.MAX_TRACE_KEY_LENGTH);
            String value = text(field + ".value", raw.value(), false, Limits.MAX_TRACE_VALUE_LENGTH);
            int client = raw.client() == null ? 0 : intIn(field + ".client", raw.client(), 0, 0, Limits.MAX_CLIENTS - 1);
            long at = raw.at() == null ? -1 : micros(field + ".at", raw.at(), 0, 0, Limits.MAX_TIME_MS);
            if (kind != null && key != null) {
                operationsRead.add(new TraceOperation(kind, key, kind == TraceOperation.Kind.PUT ? value : null, client, at));
            }
        }
        Map<String, String> rows = new LinkedHashMap<>();
        if (database != null) {
            if (database.size() > Limits.MAX_TRACE_OPERATIONS) {
                problems.add(SettingProblem.of("database", "tooMany", Limits.MAX_TRACE_OPERATIONS));
            }
            database.forEach((key, value) -> {
                String checkedKey = text("database", key, true, Limits.MAX_TRACE_KEY_LENGTH);
                String checkedValue = text("database." + key, value, true, Limits.MAX_TRACE_VALUE_LENGTH);
                if (checkedKey != null && checkedValue != null) {
                    rows.put(checkedKey, checkedValue);
                }
            });
        }
        return problems.isEmpty() ? new TraceWorkload(operationsRead, rows) : null;
    }

    private Scenario scenario() {
        FailureMode mode = FailureMode.bySlug(or(failureMode, Defaults.FAILURE_MODE)).orElse(null);
        if (mode == null) {
            problems.add(SettingProblem.of("failureMode", "unknown", slugs(FailureMode.values(), FailureMode::slug)));
        }
        Mitigation chosen = null;
        boolean noMitigation = mitigation == null || mitigation.isBlank() || mitigation.equals("none");
        if (mode != null && mode != FailureMode.NONE) {
            chosen = noMitigation ? mode.mitigations().get(0) : Mitigation.bySlug(mitigation.trim()).orElse(null);
            if (chosen == null || chosen.answers() != mode) {
                problems.add(SettingProblem.of("mitigation", "mismatch", mode.slug(),
                        String.join(", ", mode.mitigations().stream().map(Mitigation::slug).toList())));
            }
        } else if (mode == FailureMode.NONE && !noMitigation) {
            problems.add(SettingProblem.of("mitigation", "mismatch", mode.slug(), "none"));
        }
        int jitter = intIn("ttlJitterPercent", ttlJitterPercent, Defaults.TTL_JITTER_PERCENT, 1, 100);
        int missing = intIn("missingKeyPercent", missingKeyPercent, Defaults.MISSING_KEY_PERCENT, 0, 100);
        int space = intIn("missingKeySpace", missingKeySpace, Defaults.MISSING_KEY_SPACE, 1, Limits.MAX_MISSING_KEY_SPACE);
        double rate = doubleIn("bloomFalsePositiveRate", bloomFalsePositiveRate, Defaults.BLOOM_FALSE_POSITIVE_RATE,
                Limits.MIN_BLOOM_RATE, Limits.MAX_BLOOM_RATE);
        long nullTtl = micros("nullTtlMs", nullTtlMs, Defaults.NULL_TTL_MS, 0.001, Limits.MAX_TIME_MS);
        if (mode == null || (mode != FailureMode.NONE && (chosen == null || chosen.answers() != mode))
                || (mode == FailureMode.NONE && !noMitigation)) {
            return null;
        }
        return new Scenario(mode, chosen, jitter, mode == FailureMode.PENETRATION ? missing : 0, space, rate, nullTtl);
    }

    private int intIn(String field, Integer value, int fallback, int min, int max) {
        int v = value == null ? fallback : value;
        if (v < min || v > max) {
            problems.add(SettingProblem.of(field, "range", min, max));
        }
        return v;
    }

    private double doubleIn(String field, Double value, double fallback, double min, double max) {
        double v = value == null ? fallback : value;
        if (!Double.isFinite(v) || v < min || v > max) {
            problems.add(SettingProblem.of(field, "range", min, max));
        }
        return v;
    }

    /** Milliseconds, given with up to three decimals, to whole virtual microseconds. */
    private long micros(String field, Double value, double fallback, double min, double max) {
        double ms = doubleIn(field, value, fallback, min, max);
        return Double.isFinite(ms) ? Math.round(ms * 1000) : 0;
    }

    private String text(String field, String value, boolean required, int maxLength) {
        if (value == null || value.isBlank()) {
            if (required) {
                problems.add(SettingProblem.of(field, "blank"));
            }
            return null;
        }
        String trimmed = value.strip();
        if (trimmed.length() > maxLength) {
            problems.add(SettingProblem.of(field, "tooLong", maxLength));
            return null;
        }
        return trimmed;
    }

    private static String or(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value.trim();
    }

    private static <T> String slugs(T[] values, java.util.function.Function<T, String> slug) {
        return String.join(", ", java.util.Arrays.stream(values).map(slug).toList());
    }
}
