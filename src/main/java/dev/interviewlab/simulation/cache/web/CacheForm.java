package dev.interviewlab.simulation.cache.web;

import dev.interviewlab.simulation.cache.engine.SimulationInputBuilder;
import dev.interviewlab.simulation.cache.engine.SimulationInputBuilder.Defaults;

import org.springframework.format.annotation.NumberFormat;

import java.util.ArrayList;
import java.util.List;

/**
 * The settings form, bound from the query string (GET), so a run's address reproduces it. Fields
 * are wrapper types: an empty field takes the engine's default; a field that is not a number
 * becomes a binding error on that field.
 */
public class CacheForm {

    /** The strategies ticked on a fresh form: the recommended one and a wrong order to compare. */
    /** Shows 2000 rather than 2000.0, and keeps small rates such as 0.0001. */
    static final String DECIMAL = "0.######";

    static final List<String> FIRST_STRATEGIES = List.of("cache-aside", "delete-then-update");

    private List<String> strategy = new ArrayList<>(FIRST_STRATEGIES);
    private String eviction = Defaults.EVICTION;
    private Integer capacity = Defaults.CAPACITY;
    @NumberFormat(pattern = DECIMAL)
    private Double ttlMs = Defaults.TTL_MS;
    private String workload = "generator";
    private Integer keyCount = Defaults.KEY_COUNT;
    private Integer readPercent = Defaults.READ_PERCENT;
    private String distribution = Defaults.DISTRIBUTION;
    @NumberFormat(pattern = DECIMAL)
    private Double zipfSkew = Defaults.ZIPF_SKEW;
    private Integer hotKeyPercent = Defaults.HOT_KEY_PERCENT;
    private Integer clients = Defaults.CLIENTS;
    private Integer operations = Defaults.OPERATIONS;
    @NumberFormat(pattern = DECIMAL)
    private Double thinkTimeMs = Defaults.THINK_TIME_MS;
    private Long seed = Defaults.SEED;
    private String trace = "";
    private String failureMode = Defaults.FAILURE_MODE;
    private String mitigation = "";
    private Integer ttlJitterPercent = Defaults.TTL_JITTER_PERCENT;
    private Integer missingKeyPercent = Defaults.MISSING_KEY_PERCENT;
    private Integer missingKeySpace = Defaults.MISSING_KEY_SPACE;
    @NumberFormat(pattern = DECIMAL)
    private Double bloomFalsePositiveRate = Defaults.BLOOM_FALSE_POSITIVE_RATE;
    @NumberFormat(pattern = DECIMAL)
    private Double nullTtlMs = Defaults.NULL_TTL_MS;
    @NumberFormat(pattern = DECIMAL)
    private Double cacheLatencyMs = Defaults.CACHE_LATENCY_MS;
    @NumberFormat(pattern = DECIMAL)
    private Double dbReadLatencyMs = Defaults.DB_READ_LATENCY_MS;
    @NumberFormat(pattern = DECIMAL)
    private Double dbWriteLatencyMs = Defaults.DB_WRITE_LATENCY_MS;
    private Integer latencyJitterPercent = Defaults.LATENCY_JITTER_PERCENT;
    @NumberFormat(pattern = DECIMAL)
    private Double flushIntervalMs = Defaults.FLUSH_INTERVAL_MS;
    private Integer flushBatch = Defaults.FLUSH_BATCH;
    @NumberFormat(pattern = DECIMAL)
    private Double crashAtMs;
    @NumberFormat(pattern = DECIMAL)
    private Double secondDeleteDelayMs = Defaults.SECOND_DELETE_DELAY_MS;

    boolean usesTrace() {
        return "trace".equals(workload);
    }

    /** Everything but the workload; the caller adds the trace or the generator's settings. */
    SimulationInputBuilder toBuilder() {
        SimulationInputBuilder builder = dev.interviewlab.simulation.cache.engine.SimulationInput.builder()
                .strategies(strategy).eviction(eviction).capacity(capacity).ttlMs(ttlMs)
                .cacheLatencyMs(cacheLatencyMs).dbReadLatencyMs(dbReadLatencyMs).dbWriteLatencyMs(dbWriteLatencyMs)
                .latencyJitterPercent(latencyJitterPercent).failureMode(failureMode).mitigation(mitigation)
                .ttlJitterPercent(ttlJitterPercent).missingKeyPercent(missingKeyPercent).missingKeySpace(missingKeySpace)
                .bloomFalsePositiveRate(bloomFalsePositiveRate).nullTtlMs(nullTtlMs).flushIntervalMs(flushIntervalMs)
                .flushBatch(flushBatch).crashAtMs(crashAtMs).secondDeleteDelayMs(secondDeleteDelayMs).seed(seed);
        if (!usesTrace()) {
            builder.keyCount(keyCount).readPercent(readPercent).distribution(distribution).zipfSkew(zipfSkew)
                    .hotKeyPercent(hotKeyPercent).clients(clients).operations(operations).thinkTimeMs(thinkTimeMs);
        }
        return builder;
    }

    public List<String> getStrategy() { return strategy; }
    public void setStrategy(List<String> strategy) { this.strategy = strategy == null ? new ArrayList<>() : strategy; }
    public String getEviction() { return eviction; }
    public void setEviction(String eviction) { this.eviction = eviction; }
    public Integer getCapacity() { return capacity; }
    public void setCapacity(Integer capacity) { this.capacity = capacity; }
    public Double getTtlMs() { return ttlMs; }
    public void setTtlMs(Double ttlMs) { this.ttlMs = ttlMs; }
    public String getWorkload() { return workload; }
    public void setWorkload(String workload) { this.workload = workload; }
    public Integer getKeyCount() { return keyCount; }
    public void setKeyCount(Integer keyCount) { this.keyCount = keyCount; }
    public Integer getReadPercent() { return readPercent; }
    public void setReadPercent(Integer readPercent) { this.readPercent = readPercent; }
    public String getDistribution() { return distribution; }
    public void setDistribution(String distribution) { this.distribution = distribution; }
    public Double getZipfSkew() { return zipfSkew; }
    public void setZipfSkew(Double zipfSkew) { this.zipfSkew = zipfSkew; }
    public Integer getHotKeyPercent() { return hotKeyPercent; }
    public void setHotKeyPercent(Integer hotKeyPercent) { this.hotKeyPercent = hotKeyPercent; }
    public Integer getClients() { return clients; }
    public void setClients(Integer clients) { this.clients = clients; }
    public Integer getOperations() { return operations; }
    public void setOperations(Integer operations) { this.operations = operations; }
    public Double getThinkTimeMs() { return thinkTimeMs; }
    public void setThinkTimeMs(Double thinkTimeMs) { this.thinkTimeMs = thinkTimeMs; }
    public Long getSeed() { return seed; }
    public void setSeed(Long seed) { this.seed = seed; }
    public String getTrace() { return trace; }
    public void setTrace(String trace) { this.trace = trace; }
    public String getFailureMode() { return failureMode; }
    public void setFailureMode(String failureMode) { this.failureMode = failureMode; }
    public String getMitigation() { return mitigation; }
    public void setMitigation(String mitigation) { this.mitigation = mitigation; }
    public Integer getTtlJitterPercent() { return ttlJitterPercent; }
    public void setTtlJitterPercent(Integer ttlJitterPercent) { this.ttlJitterPercent = ttlJitterPercent; }
    public Integer getMissingKeyPercent() { return missingKeyPercent; }
    public void setMissingKeyPercent(Integer missingKeyPercent) { this.missingKeyPercent = missingKeyPercent; }
    public Integer getMissingKeySpace() { return missingKeySpace; }
    public void setMissingKeySpace(Integer missingKeySpace) { this.missingKeySpace = missingKeySpace; }
    public Double getBloomFalsePositiveRate() { return bloomFalsePositiveRate; }
    public void setBloomFalsePositiveRate(Double bloomFalsePositiveRate) { this.bloomFalsePositiveRate = bloomFalsePositiveRate; }
    public Double getNullTtlMs() { return nullTtlMs; }
    public void setNullTtlMs(Double nullTtlMs) { this.nullTtlMs = nullTtlMs; }
    public Double getCacheLatencyMs() { return cacheLatencyMs; }
    public void setCacheLatencyMs(Double cacheLatencyMs) { this.cacheLatencyMs = cacheLatencyMs; }
    public Double getDbReadLatencyMs() { return dbReadLatencyMs; }
    public void setDbReadLatencyMs(Double dbReadLatencyMs) { this.dbReadLatencyMs = dbReadLatencyMs; }
    public Double getDbWriteLatencyMs() { return dbWriteLatencyMs; }
    public void setDbWriteLatencyMs(Double dbWriteLatencyMs) { this.dbWriteLatencyMs = dbWriteLatencyMs; }
    public Integer getLatencyJitterPercent() { return latencyJitterPercent; }
    public void setLatencyJitterPercent(Integer latencyJitterPercent) { this.latencyJitterPercent = latencyJitterPercent; }
    public Double getFlushIntervalMs() { return flushIntervalMs; }
    public void setFlushIntervalMs(Double flushIntervalMs) { this.flushIntervalMs = flushIntervalMs; }
    public Integer getFlushBatch() { return flushBatch; }
    public void setFlushBatch(Integer flushBatch) { this.flushBatch = flushBatch; }
    public Double getCrashAtMs() { return crashAtMs; }
    public void setCrashAtMs(Double crashAtMs) { this.crashAtMs = crashAtMs; }
    public Double getSecondDeleteDelayMs() { return secondDeleteDelayMs; }
    public void setSecondDeleteDelayMs(Double secondDeleteDelayMs) { this.secondDeleteDelayMs = secondDeleteDelayMs; }
}
