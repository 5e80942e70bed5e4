package dev.interviewlab.simulation.loadbalancing.engine;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class SmoothWeightedRoundRobinTest {

    /** The sequence in the commit that introduced the algorithm to nginx (and in its round-robin source comment). */
    @Test
    void weightsFiveOneOneGiveNginxsSequence() {
        assertThat(sequence(new int[]{5, 1, 1}, 7)).isEqualTo("a a b a c a a");
    }

    @ParameterizedTest
    @CsvSource({"'5,1,1'", "'3,2'", "'1,1,1,1'", "'7,3,1,1'"})
    void everyCycleOfTotalWeightPicksEachServerItsWeightInTimes(String weightList) {
        int[] weights = Arrays.stream(weightList.split(",")).mapToInt(Integer::parseInt).toArray();
        int total = Arrays.stream(weights).sum();
        String picks = sequence(weights, total * 3);
        for (int s = 0; s < weights.length; s++) {
            String name = LbScenario.serverName(s);
            assertThat(picks.split(" ")).filteredOn(name::equals).hasSize(3 * weights[s]);
        }
    }

    static String sequence(int[] weights, int picks) {
        SmoothWeightedRoundRobin balancer = new SmoothWeightedRoundRobin(weights.length);
        Balancer.View view = new FixedView(weights);
        return IntStream.range(0, picks).mapToObj(i -> LbScenario.serverName(balancer.pick(0, view, false)))
                .collect(Collectors.joining(" "));
    }

    /** Every server healthy and idle, with the given weights. */
    record FixedView(int[] weights) implements Balancer.View {
        @Override
        public int size() {
            return weights.length;
        }

        @Override
        public boolean eligible(int server) {
            return true;
        }

        @Override
        public int outstanding(int server) {
            return 0;
        }

        @Override
        public int weight(int server) {
            return weights[server];
        }

        @Override
        public double now() {
            return 0;
        }
    }
}
