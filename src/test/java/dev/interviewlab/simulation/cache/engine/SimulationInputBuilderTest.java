package dev.interviewlab.simulation.cache.engine;

import dev.interviewlab.simulation.cache.engine.SimulationInputBuilder.RawTraceOperation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class SimulationInputBuilderTest {

    static Stream<Arguments> badSettings() {
        return Stream.of(
                Arguments.of("capacity 0", (UnaryOperator<SimulationInputBuilder>) b -> b.capacity(0), "capacity", "range"),
                Arguments.of("capacity -3", (UnaryOperator<SimulationInputBuilder>) b -> b.capacity(-3), "capacity", "range"),
                Arguments.of("Zipf skew -1", (UnaryOperator<SimulationInputBuilder>) b -> b.zipfSkew(-1.0), "workload.zipfSkew", "range"),
                Arguments.of("10^9 operations", (UnaryOperator<SimulationInputBuilder>) b -> b.operations(1_000_000_000), "workload.operations", "range"),
                Arguments.of("250,000 operations for eight runs", (UnaryOperator<SimulationInputBuilder>) b -> b.operations(250_000)
                        .strategies(List.of("cache-aside", "write-back", "write-through", "delete-then-update")).failureMode("avalanche"),
                        "workload.operations", "tooManyForRuns"),
                Arguments.of("unknown strategy", (UnaryOperator<SimulationInputBuilder>) b -> b.strategies(List.of("write-around")), "strategy", "unknown"),
                Arguments.of("five strategies", (UnaryOperator<SimulationInputBuilder>) b -> b.strategies(
                        List.of("cache-aside", "write-back", "write-through", "delete-then-update", "update-db-then-cache")), "strategy", "tooMany"),
                Arguments.of("no strategy ticked", (UnaryOperator<SimulationInputBuilder>) b -> b.strategies(List.of()), "strategy", "required"),
                Arguments.of("a strategy twice", (UnaryOperator<SimulationInputBuilder>) b -> b.strategies(List.of("write-back", "write-back")), "strategy", "duplicate"),
                Arguments.of("unknown eviction", (UnaryOperator<SimulationInputBuilder>) b -> b.eviction("ARC"), "eviction", "unknown"),
                Arguments.of("unknown distribution", (UnaryOperator<SimulationInputBuilder>) b -> b.distribution("normal"), "workload.distribution", "unknown"),
                Arguments.of("NaN latency", (UnaryOperator<SimulationInputBuilder>) b -> b.dbReadLatencyMs(Double.NaN), "dbReadLatencyMs", "range"),
                Arguments.of("zero latency", (UnaryOperator<SimulationInputBuilder>) b -> b.cacheLatencyMs(0.0), "cacheLatencyMs", "range"),
                Arguments.of("too many clients", (UnaryOperator<SimulationInputBuilder>) b -> b.clients(10_000), "workload.clients", "range"),
                Arguments.of("negative TTL", (UnaryOperator<SimulationInputBuilder>) b -> b.ttlMs(-1.0), "ttlMs", "range"),
                Arguments.of("a mitigation of another failure", (UnaryOperator<SimulationInputBuilder>) b -> b.failureMode("avalanche").mitigation("bloom-filter"), "mitigation", "mismatch"),
                Arguments.of("a mitigation without failure", (UnaryOperator<SimulationInputBuilder>) b -> b.mitigation("ttl-jitter"), "mitigation", "mismatch"),
                Arguments.of("unknown failure mode", (UnaryOperator<SimulationInputBuilder>) b -> b.failureMode("meltdown"), "failureMode", "unknown"),
                Arguments.of("Bloom rate 1", (UnaryOperator<SimulationInputBuilder>) b -> b.bloomFalsePositiveRate(1.0), "bloomFalsePositiveRate", "range"),
                Arguments.of("never flushing", (UnaryOperator<SimulationInputBuilder>) b -> b.flushIntervalMs(0.0).flushBatch(0), "flushIntervalMs", "flushNever"),
                Arguments.of("crash before time", (UnaryOperator<SimulationInputBuilder>) b -> b.crashAtMs(-5.0), "crashAtMs", "range"),
                Arguments.of("empty trace", (UnaryOperator<SimulationInputBuilder>) b -> b.trace(List.of()), "trace", "required"),
                Arguments.of("trace op del", (UnaryOperator<SimulationInputBuilder>) b -> b.trace(List.of(new RawTraceOperation("del", "a", null, null, null))), "trace[0].op", "unknown"),
                Arguments.of("trace without key", (UnaryOperator<SimulationInputBuilder>) b -> b.trace(List.of(Traces.get("a"), new RawTraceOperation("get", " ", null, null, null))), "trace[1].key", "blank"),
                Arguments.of("trace client 300", (UnaryOperator<SimulationInputBuilder>) b -> b.trace(List.of(new RawTraceOperation("get", "a", null, 300, null))), "trace[0].client", "range"),
                Arguments.of("trace at -1", (UnaryOperator<SimulationInputBuilder>) b -> b.trace(List.of(new RawTraceOperation("get", "a", null, 0, -1.0))), "trace[0].at", "range"),
                Arguments.of("a missing trace entry", (UnaryOperator<SimulationInputBuilder>) b -> b.trace(Arrays.asList(Traces.get("a"), null)), "trace[1]", "required"),
                Arguments.of("too long a trace", (UnaryOperator<SimulationInputBuilder>) b -> b.trace(Traces.gets("a ".repeat(1_001))), "trace", "tooMany"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badSettings")
    void badSettingsAreReportedAgainstTheirField(String label, UnaryOperator<SimulationInputBuilder> change, String field,
                                                 String code) {
        InvalidSettingsException e = catchThrowableOfType(InvalidSettingsException.class,
                () -> change.apply(SimulationInput.builder()).build());

        assertThat(e).as(label).isNotNull();
        assertThat(e.problems()).extracting(SettingProblem::field, SettingProblem::code).contains(org.assertj.core.groups.Tuple.tuple(field, code));
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        InvalidSettingsException e = catchThrowableOfType(InvalidSettingsException.class,
                () -> SimulationInput.builder().capacity(0).zipfSkew(-1.0).strategies(List.of("nope")).build());

        assertThat(e.problems()).extracting(SettingProblem::field).containsExactlyInAnyOrder("capacity", "workload.zipfSkew", "strategy");
    }

    @Test
    void missingSettingsTakeTheDefaults() {
        SimulationInput input = SimulationInput.builder().build();

        assertThat(input.strategies()).containsExactly(Strategy.CACHE_ASIDE);
        assertThat(input.eviction()).isEqualTo(EvictionPolicy.LRU);
        assertThat(input.ttlMicros()).isEqualTo(2_000_000);
        assertThat(input.latencies().cacheMicros()).isEqualTo(200);
        assertThat(input.crashAtMicros()).isEqualTo(-1);
        assertThat(input.scenario().mode()).isEqualTo(FailureMode.NONE);
        assertThat(input.workload()).isInstanceOf(GeneratedWorkload.class);
    }

    @Test
    void aFailureModeWithoutAChosenMitigationGetsItsFirst() {
        SimulationInput input = SimulationInput.builder().failureMode("breakdown").build();

        assertThat(input.scenario().mitigation()).isEqualTo(Mitigation.SINGLE_FLIGHT);
    }
}
