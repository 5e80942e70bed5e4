package dev.interviewlab.simulation.cache.web;

import dev.interviewlab.simulation.cache.engine.AnomalyCause;
import dev.interviewlab.simulation.cache.engine.CacheExperiment;
import dev.interviewlab.simulation.cache.engine.ExperimentResult;
import dev.interviewlab.simulation.cache.engine.Metrics;
import dev.interviewlab.simulation.cache.engine.Mitigation;
import dev.interviewlab.simulation.cache.engine.SimulationInputBuilder;
import dev.interviewlab.simulation.cache.engine.Strategy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.MutablePropertyValues;
import org.springframework.format.support.DefaultFormattingConversionService;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.DataBinder;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.ToIntFunction;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every preset and every mitigation on the form's own defaults shows what it is about: the headline
 * figure of the mitigated run (or the better strategy) differs from its baseline in the expected
 * direction. Settings go through the form's binding, as a click on the link or the Run button does.
 */
class PresetEffectsTest {

    /** Per preset: what its page must show. A new preset without an entry fails the walk. */
    private static final Map<String, Consumer<ExperimentResult>> HEADLINES = Map.of(
            "race", r -> assertThat(metrics(r, Strategy.CACHE_ASIDE, false).staleReadsByCause())
                    .containsKey(AnomalyCause.STALE_FILL),
            "orders", r -> {
                int deleteFirst = metrics(r, Strategy.DELETE_THEN_UPDATE, false).staleReads();
                assertThat(metrics(r, Strategy.CACHE_ASIDE, false).staleReads()).isLessThan(deleteFirst)
                        .isLessThan(metrics(r, Strategy.UPDATE_DB_THEN_CACHE, false).staleReads());
                assertThat(metrics(r, Strategy.DELAYED_DOUBLE_DELETE, false).staleReads()).as("the second delete repairs delete-first")
                        .isLessThan(deleteFirst);
            },
            "write-through", PresetEffectsTest::writeThroughBeatsUpdateThenSet,
            "avalanche", r -> visiblyLowerWithMitigation(r, Metrics::peakDbLoad),
            "breakdown", r -> visiblyLowerWithMitigation(r, Metrics::peakDbLoad),
            "never-expires", r -> {
                visiblyLowerWithMitigation(r, Metrics::peakDbLoad);
                visiblyLowerWithMitigation(r, Metrics::misses);
                assertThat(metrics(r, Strategy.CACHE_ASIDE, true).staleReadsByCause()).as("the price: reads before the reload")
                        .containsKey(AnomalyCause.REFRESH_PENDING);
            },
            "penetration", r -> {
                visiblyLowerWithMitigation(r, Metrics::dbReadsNoRow);
                visiblyLowerWithMitigation(r, Metrics::peakDbLoad);
            },
            "cache-nulls", r -> visiblyLowerWithMitigation(r, Metrics::dbReadsNoRow),
            "crash", r -> {
                assertThat(metrics(r, Strategy.WRITE_BACK, false).lostWrites()).isPositive();
                assertThat(metrics(r, Strategy.WRITE_THROUGH, false).lostWrites()).isZero();
            });

    /** Per mitigation, the figure it exists to bring down. */
    private static final Map<Mitigation, ToIntFunction<Metrics>> MITIGATION_HEADLINES = Map.of(
            Mitigation.TTL_JITTER, Metrics::peakDbLoad,
            Mitigation.SINGLE_FLIGHT, Metrics::dbReads,
            Mitigation.HOT_KEY_NEVER_EXPIRES, Metrics::misses,
            Mitigation.CACHE_NULLS, Metrics::dbReadsNoRow,
            Mitigation.BLOOM_FILTER, Metrics::dbReadsNoRow);

    static Stream<Presets.Preset> presets() {
        return Presets.all(CacheSimulationController.RUN_PATH).stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("presets")
    void everyPresetShowsItsEffectWithItsOwnSettings(Presets.Preset preset) {
        assertThat(HEADLINES).as("a headline check for preset " + preset.id()).containsKey(preset.id());

        CacheForm form = bind(preset.link());
        SimulationInputBuilder builder = form.toBuilder();
        if (form.usesTrace()) {
            TraceText trace = TraceText.parse(form.getTrace());
            assertThat(trace.problems()).isEmpty();
            builder.trace(trace.operations()).database(trace.database());
        }

        HEADLINES.get(preset.id()).accept(CacheExperiment.run(builder.build()));
    }

    @ParameterizedTest
    @EnumSource(Mitigation.class)
    void everyMitigationChangesItsHeadlineOnTheFormsDefaults(Mitigation mitigation) {
        CacheForm form = new CacheForm();
        form.setStrategy(List.of("cache-aside"));
        form.setFailureMode(mitigation.answers().slug());
        form.setMitigation(mitigation.slug());

        ExperimentResult result = CacheExperiment.run(form.toBuilder().build());

        lowerWithMitigation(result, MITIGATION_HEADLINES.get(mitigation));
    }

    @Test
    void writeThroughBeatsUpdateThenSetOnTheFormsDefaults() {
        CacheForm form = new CacheForm();
        form.setStrategy(List.of("update-db-then-cache", "write-through"));

        writeThroughBeatsUpdateThenSet(CacheExperiment.run(form.toBuilder().build()));
    }

    private static void writeThroughBeatsUpdateThenSet(ExperimentResult result) {
        Metrics baseline = metrics(result, Strategy.UPDATE_DB_THEN_CACHE, false);
        Metrics ordered = metrics(result, Strategy.WRITE_THROUGH, false);
        assertThat(baseline.staleReadsByCause()).containsKey(AnomalyCause.OUT_OF_ORDER_SET);
        assertThat(ordered.staleReadsByCause()).doesNotContainKey(AnomalyCause.OUT_OF_ORDER_SET);
        assertThat(ordered.staleReads()).isLessThan(baseline.staleReads());
        assertThat(ordered.queuedWrites()).isPositive();
    }

    private static void lowerWithMitigation(ExperimentResult result, ToIntFunction<Metrics> headline) {
        lowerWithMitigation(result, headline, 1.0);
    }

    /** A preset exists to show its mitigation: at least a fifth off the figure. */
    private static void visiblyLowerWithMitigation(ExperimentResult result, ToIntFunction<Metrics> headline) {
        lowerWithMitigation(result, headline, 0.8);
    }

    private static void lowerWithMitigation(ExperimentResult result, ToIntFunction<Metrics> headline, double share) {
        Strategy strategy = result.input().strategies().get(0);
        int without = headline.applyAsInt(metrics(result, strategy, false));
        int with = headline.applyAsInt(metrics(result, strategy, true));
        assertThat(with).as("with %s (without: %d)", result.input().scenario().mitigation().slug(), without)
                .isLessThan(without).isLessThanOrEqualTo((int) (without * share));
    }

    private static Metrics metrics(ExperimentResult result, Strategy strategy, boolean mitigated) {
        return result.run(strategy, mitigated).metrics();
    }

    /** The form as the run page binds it from the preset's query string. */
    private static CacheForm bind(String link) {
        MultiValueMap<String, String> query = UriComponentsBuilder.fromUriString(link).build().getQueryParams();
        MutablePropertyValues values = new MutablePropertyValues();
        query.forEach((name, raw) -> values.add(name, raw.stream()
                .map(v -> UriUtils.decode(v, StandardCharsets.UTF_8)).toArray(String[]::new)));
        CacheForm form = new CacheForm();
        DataBinder binder = new DataBinder(form);
        binder.setConversionService(new DefaultFormattingConversionService());
        binder.bind(values);
        assertThat(binder.getBindingResult().hasErrors()).as(link).isFalse();
        return form;
    }
}
