package dev.interviewlab.simulation.cache.engine;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class BloomFilterTest {

    /**
     * Over 100,000 inserted keys and 200,000 keys never inserted, the measured false-positive rate
     * stays within five standard errors (plus 5 % for double hashing) of (1 - e^(-kn/m))^k.
     */
    @ParameterizedTest(name = "target {0}")
    @CsvSource({"0.1", "0.01", "0.001"})
    void measuredFalsePositiveRateMatchesTheFormula(double target) {
        int n = 100_000;
        int probes = 200_000;
        BloomFilter filter = BloomFilter.sizedFor(n, target, 7);
        for (int key = 0; key < n; key++) {
            filter.add(key);
        }
        int falsePositives = 0;
        for (int key = n; key < n + probes; key++) {
            falsePositives += filter.mightContain(key) ? 1 : 0;
        }
        double measured = (double) falsePositives / probes;
        double theory = filter.theoreticalFalsePositiveRate();
        double standardError = Math.sqrt(theory * (1 - theory) / probes);

        assertThat(theory).isCloseTo(target, within(target * 0.1));
        assertThat(measured).isCloseTo(theory, within(5 * standardError + 0.05 * theory));
    }

    @Test
    void neverAnswersAbsentForAnInsertedKey() {
        BloomFilter filter = BloomFilter.sizedFor(10_000, 0.05, 3);
        for (int key = 0; key < 10_000; key += 3) {
            filter.add(key);
        }
        for (int key = 0; key < 10_000; key += 3) {
            assertThat(filter.mightContain(key)).isTrue();
        }
    }

    @Test
    void sizingFollowsTheFormulaInTheNotes() {
        // m = -n ln p / (ln 2)^2 = 9,585,059 bits and k = (m/n) ln 2 = 7 for n = 1,000,000, p = 1 %
        BloomFilter filter = BloomFilter.sizedFor(1_000_000, 0.01, 0);

        assertThat(filter.bits()).isEqualTo(9_585_059L);
        assertThat(filter.hashes()).isEqualTo(7);
    }

    @Test
    void aRunReportsTheMeasuredRateBesideTheTheoreticalOne() {
        SimulationInput input = SimulationInput.builder().failureMode("penetration").mitigation("bloom-filter")
                .keyCount(20_000).capacity(20_000).missingKeyPercent(50).missingKeySpace(100_000).bloomFalsePositiveRate(0.05)
                .operations(100_000).clients(4).thinkTimeMs(0.0).readPercent(100).build();

        RunResult run = CacheSimulation.run(input, CompiledWorkload.of(input), Strategy.CACHE_ASIDE, true);

        BloomReport bloom = run.bloom();
        assertThat(bloom.keys()).isEqualTo(20_000);
        assertThat(bloom.missingKeyLookups()).isGreaterThan(40_000);
        assertThat(bloom.measuredRate()).isCloseTo(bloom.theoreticalRate(), within(0.01));
        assertThat(run.metrics().bloomRejected()).isEqualTo(bloom.missingKeyLookups() - bloom.falsePositives());
        assertThat(run.metrics().dbReadsNoRow()).as("only false positives reach the database").isLessThanOrEqualTo(bloom.falsePositives());
        assertThat(List.of(bloom.targetRate())).containsExactly(0.05);
    }
}
