package dev.interviewlab.simulation.cache.engine;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;

import static dev.interviewlab.simulation.cache.engine.Traces.database;
import static dev.interviewlab.simulation.cache.engine.Traces.gets;
import static dev.interviewlab.simulation.cache.engine.Traces.pattern;
import static dev.interviewlab.simulation.cache.engine.Traces.runOnce;
import static dev.interviewlab.simulation.cache.engine.Traces.traceInput;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hit and miss counts against traces worked out by hand (capacity in the first column). The
 * working for "a a b c d b a e b c" at capacity 3:
 * <pre>
 *  op  key  LRU (old..new)     FIFO (old..new)    LFU (key:count)
 *   1  a    M [a]              M [a]              M a1
 *   2  a    H [a]              H [a]              H a2
 *   3  b    M [a b]            M [a b]            M a2 b1
 *   4  c    M [a b c]          M [a b c]          M a2 b1 c1
 *   5  d    M -a [b c d]       M -a [b c d]       M -b (b1 older than c1) a2 c1 d1
 *   6  b    H [c d b]          H [b c d]          M -c a2 d1 b1
 *   7  a    M -c [d b a]       M -b [c d a]       H a3 d1 b1
 *   8  e    M -d [b a e]       M -c [d a e]       M -d a3 b1 e1
 *   9  b    H [a e b]          M -d [a e b]       H a3 b2 e1
 *  10  c    M -a [e b c]       M -a [e b c]       M -e a3 b2 c1
 * </pre>
 * LFU ties: "a b b a c b a" at capacity 2 — after op 4 both a and b have count 2; b was used less
 * recently (op 3), so c evicts b, and the later get of b misses.
 */
class EvictionPolicyTest {

    @ParameterizedTest(name = "{0} at capacity {1}: {2} -> {3}")
    @CsvSource({
            "LRU,  3, a a b c d b a e b c, MHMMMHMMHM, 4",
            "FIFO, 3, a a b c d b a e b c, MHMMMHMMMM, 5",
            "LFU,  3, a a b c d b a e b c, MHMMMMHMHM, 4",
            "LRU,  2, a b b a c b a,       MMHHMMM,    3",
            "FIFO, 2, a b b a c b a,       MMHHMHM,    2",
            "LFU,  2, a b b a c b a,       MMHHMMH,    2",
            "LRU,  1, a a b a,             MHMM,       2",
    })
    void hitsAndMissesMatchTheHandWorkedTrace(EvictionPolicy policy, int capacity, String keys, String expected,
                                              int evictions) {
        SimulationInput input = traceInput(gets(keys), database("a b c d e")).eviction(policy.name()).capacity(capacity).build();

        RunResult result = runOnce(input);

        assertThat(pattern(result)).isEqualTo(expected);
        Metrics metrics = result.metrics();
        long hits = expected.chars().filter(c -> c == 'H').count();
        assertThat(metrics.hits()).isEqualTo(hits);
        assertThat(metrics.misses()).isEqualTo(expected.length() - hits);
        assertThat(metrics.dbReads()).as("every miss reads the database").isEqualTo(metrics.misses());
        assertThat(metrics.evictions()).isEqualTo(evictions);
    }

    @ParameterizedTest
    @EnumSource(EvictionPolicy.class)
    void aCacheLargeEnoughForEveryKeyMissesOnlyOncePerKey(EvictionPolicy policy) {
        SimulationInput input = traceInput(gets("a b c a b c c b a"), database("a b c")).eviction(policy.name()).capacity(3).build();

        assertThat(pattern(runOnce(input))).isEqualTo("MMMHHHHHH");
    }

    @Test
    void lfuCountsTheFillAsOneAccessAndEachHitAsAnother() {
        FrequencyOrder order = new FrequencyOrder(3);
        order.inserted(0);
        order.inserted(1);
        order.accessed(0);
        order.accessed(0);

        assertThat(order.accessCount(0)).isEqualTo(3);
        assertThat(order.accessCount(1)).isEqualTo(1);
        assertThat(order.victim()).isEqualTo(1);
    }

    @Test
    void aGetOfAKeyTheDatabaseLacksMissesAndReturnsNoValue() {
        SimulationInput input = traceInput(gets("ghost ghost"), database("a")).build();

        RunResult result = runOnce(input);

        assertThat(pattern(result)).isEqualTo("MM");
        assertThat(result.outcomes()).extracting(Outcome::value).containsOnlyNulls();
        assertThat(result.metrics().dbReadsNoRow()).isEqualTo(2);
    }

    @ParameterizedTest
    @EnumSource(EvictionPolicy.class)
    void orderStructuresEvictEveryEntryExactlyOnceUnderChurn(EvictionPolicy policy) {
        EvictionOrder order = policy.newOrder(4);
        for (int slot = 0; slot < 4; slot++) {
            order.inserted(slot);
        }
        order.accessed(2);
        order.accessed(2);
        order.accessed(0);
        List<Integer> evicted = new java.util.ArrayList<>();
        for (int i = 0; i < 4; i++) {
            int victim = order.victim();
            evicted.add(victim);
            order.removed(victim);
        }
        assertThat(evicted).containsExactlyInAnyOrder(0, 1, 2, 3);
        assertThat(evicted.get(0)).isEqualTo(policy == EvictionPolicy.LRU ? 1 : policy == EvictionPolicy.FIFO ? 0 : 1);
    }
}
