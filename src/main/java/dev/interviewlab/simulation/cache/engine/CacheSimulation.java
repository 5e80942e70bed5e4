package dev.interviewlab.simulation.cache.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs one strategy over a compiled workload. Traces are recorded step by step (they are short);
 * generated workloads record only their measurements, which keeps a run allocation-free per
 * operation. A stale read found in a run can be replayed afterwards with {@link #replayStaleRead},
 * which runs the same input again (the engine is deterministic) recording only the key involved.
 */
public final class CacheSimulation {

    /** Steps of one key kept while replaying up to a stale read. */
    static final int REPLAY_RING = 512;

    private CacheSimulation() {
    }

    public static RunResult run(SimulationInput input, CompiledWorkload workload, Strategy strategy, boolean mitigated) {
        EventLog log = workload.isTrace() ? EventLog.everything() : null;
        CacheRun run = new CacheRun(input, workload, strategy, mitigated, log).execute();
        List<SimulationEvent> events = log == null ? List.of() : labelled(run, workload, log.events());
        return new RunResult(strategy, run.mitigation(), run.metrics(), run.timeSeries(), run.firstStaleReads(), run.outcomes(),
                events, run.bloomReport());
    }

    /** Only the measurements: what the benchmark times. */
    public static Metrics measure(SimulationInput input, CompiledWorkload workload, Strategy strategy, boolean mitigated) {
        return new CacheRun(input, workload, strategy, mitigated, null).execute().metrics();
    }

    /**
     * The steps that led to one of a run's stale reads (one of {@link RunResult#staleReads()}), up to
     * the end of the read and of the write it missed.
     */
    public static StaleReadTimeline replayStaleRead(SimulationInput input, CompiledWorkload workload, RunResult result,
                                                    StaleRead stale) {
        if (!result.staleReads().contains(stale)) {
            throw new IllegalArgumentException("not a stale read of this run");
        }
        java.util.Set<Integer> until = stale.newestOperation() >= 0
                ? java.util.Set.of(stale.operation(), stale.newestOperation()) : java.util.Set.of(stale.operation());
        EventLog log = EventLog.forKey(stale.keyId(), stale.operation(), until, REPLAY_RING);
        CacheRun run = new CacheRun(input, workload, result.strategy(), result.mitigated(), log).execute();
        return StaleReadTimeline.extract(result.strategy(), result.mitigation(), stale, log.events(),
                raw -> labelled(run, workload, List.of(raw)).get(0));
    }

    static List<SimulationEvent> labelled(CacheRun run, CompiledWorkload workload, List<EventLog.Raw> raw) {
        List<SimulationEvent> events = new ArrayList<>(raw.size());
        for (EventLog.Raw e : raw) {
            String key = e.key() < 0 ? null : workload.keyName(e.key());
            events.add(new SimulationEvent(e.time(), e.client(), e.op(), e.kind(), key,
                    e.key() < 0 ? null : run.label(e.key(), e.value()), e.cacheHasEntry(),
                    e.cacheHasEntry() ? run.label(e.key(), e.cacheValue()) : null,
                    e.key() < 0 ? null : run.label(e.key(), e.dbValue()),
                    e.key() < 0 ? null : run.label(e.key(), e.committed()), e.cacheBehind(), e.stale(), e.count()));
        }
        return events;
    }
}
