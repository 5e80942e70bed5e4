package dev.interviewlab.simulation.cache.engine;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static dev.interviewlab.simulation.cache.engine.Traces.get;
import static dev.interviewlab.simulation.cache.engine.Traces.put;
import static dev.interviewlab.simulation.cache.engine.Traces.runOnce;
import static dev.interviewlab.simulation.cache.engine.Traces.traceInput;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Write-back with a 10 ms flush interval and 1 ms cache calls (a write takes effect 0.5 ms after it
 * starts). a1, b1, a2 at 0-2 ms are flushed together at 10.5 ms; a3, c1, a4 at 20-22 ms wait for
 * the flush due at 30.5 ms, but the cache crashes at 25 ms: exactly those three writes are lost.
 */
class WriteBackTest {

    private static List<SimulationInputBuilder.RawTraceOperation> trace() {
        return List.of(put(0, 0, "a", "a1"), put(0, 1, "b", "b1"), put(0, 2, "a", "a2"),
                put(0, 20, "a", "a3"), put(0, 21, "c", "c1"), put(0, 22, "a", "a4"),
                get(0, 30, "a"), get(0, 40, "b"), get(0, 50, "c"));
    }

    @Test
    void aCrashLosesExactlyTheUnflushedWrites() {
        SimulationInput input = traceInput(trace(), Map.of()).strategies(List.of("write-back")).flushIntervalMs(10.0)
                .crashAtMs(25.0).build();

        RunResult result = runOnce(input);

        Metrics metrics = result.metrics();
        assertThat(metrics.lostWrites()).isEqualTo(3);
        assertThat(metrics.flushes()).isEqualTo(1);
        assertThat(metrics.dbWrites()).as("one flush of a (a2) and b (b1)").isEqualTo(2);
        assertThat(result.outcomes().subList(6, 9)).extracting(Outcome::value).containsExactly("a2", "b1", null);
        assertThat(result.outcomes().subList(6, 9)).extracting(Outcome::stale).containsExactly(true, false, true);
        assertThat(metrics.staleReadsByCause()).containsEntry(AnomalyCause.LOST_ON_CRASH, 2);
    }

    @Test
    void withoutACrashEveryWriteReachesTheDatabaseAtTheNextFlush() {
        SimulationInput input = traceInput(trace(), Map.of()).strategies(List.of("write-back")).flushIntervalMs(10.0).build();

        RunResult result = runOnce(input);

        assertThat(result.metrics().lostWrites()).isZero();
        assertThat(result.metrics().staleReads()).isZero();
        assertThat(result.metrics().flushes()).isEqualTo(2);
        assertThat(result.metrics().dbWrites()).as("a and b, then a and c: repeated writes merge").isEqualTo(4);
        assertThat(result.metrics().unflushedWrites()).isZero();
    }

    @Test
    void aBatchSizeFlushesAsSoonAsThatManyEntriesAreDirty() {
        SimulationInput input = traceInput(List.of(put("a", "1"), put("a", "2"), put("b", "1"), put("c", "1")), Map.of())
                .strategies(List.of("write-back")).flushIntervalMs(0.0).flushBatch(2).build();

        RunResult result = runOnce(input);

        assertThat(result.metrics().flushes()).isEqualTo(1);
        assertThat(result.metrics().dbWrites()).isEqualTo(2);
        assertThat(result.metrics().unflushedWrites()).as("c waits for a second dirty entry").isEqualTo(1);
    }

    @Test
    void aDirtyEntryEvictedFromAFullCacheIsWrittenBackNotLost() {
        SimulationInput input = traceInput(List.of(put("a", "1"), put("b", "1"), get("a")), Map.of())
                .strategies(List.of("write-back")).capacity(1).flushIntervalMs(1000.0).crashAtMs(100.0).build();

        RunResult result = runOnce(input);

        assertThat(result.metrics().evictions()).isEqualTo(2);
        assertThat(result.metrics().dbWrites()).isEqualTo(2);
        assertThat(result.outcomes().get(2).value()).isEqualTo("1");
        assertThat(result.metrics().lostWrites()).isZero();
    }
}
