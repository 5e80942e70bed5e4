package dev.interviewlab.simulation.loadbalancing.web;

import dev.interviewlab.simulation.loadbalancing.engine.KeyMovement;
import dev.interviewlab.simulation.loadbalancing.engine.LbRun;
import dev.interviewlab.simulation.loadbalancing.engine.LbScenario;
import dev.interviewlab.simulation.loadbalancing.engine.RunStats;
import dev.interviewlab.simulation.loadbalancing.engine.ServerSpec;
import dev.interviewlab.simulation.loadbalancing.engine.ServerStats;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/** The figures, tables and charts of a run, in the reader's language. */
@Component
class LbResultViews {

    private final MessageSource messages;

    LbResultViews(MessageSource messages) {
        this.messages = messages;
    }

    List<String> notes(LbRun run, Locale locale) {
        List<String> notes = new ArrayList<>();
        double load = run.scenario().offeredLoad();
        if (load >= 1) {
            notes.add(msg("lb.note.overloaded", locale, percent(load)));
        }
        if (run.stats().completed() + run.stats().dropped() < run.stats().requests()) {
            notes.add(msg("lb.note.budget", locale));
        }
        return notes;
    }

    List<LbPage.Figure> figures(LbRun run, Locale locale) {
        RunStats s = run.stats();
        return List.of(
                new LbPage.Figure(msg("lb.figure.load", locale), percent(run.scenario().offeredLoad())),
                new LbPage.Figure(msg("lb.figure.p50", locale), milliseconds(s.p50LatencyMs())),
                new LbPage.Figure(msg("lb.figure.p99", locale), milliseconds(s.p99LatencyMs())),
                new LbPage.Figure(msg("lb.figure.mean", locale), milliseconds(s.meanLatencyMs())),
                new LbPage.Figure(msg("lb.figure.wait", locale), milliseconds(s.meanWaitMs())),
                new LbPage.Figure(msg("lb.figure.dropped", locale), s.dropped() + " / " + s.requests()),
                new LbPage.Figure(msg("lb.figure.retried", locale), Integer.toString(s.retried())),
                new LbPage.Figure(msg("lb.figure.duration", locale), milliseconds(s.durationMs())));
    }

    List<LbPage.ServerRow> servers(LbRun run) {
        LbScenario scenario = run.scenario();
        return IntStream.range(0, scenario.servers().size()).mapToObj(i -> {
            ServerSpec spec = scenario.servers().get(i);
            ServerStats stats = run.stats().servers().get(i);
            return new LbPage.ServerRow(LbScenario.serverName(i), LbForm.number(spec.speed()), Integer.toString(spec.weight()),
                    Integer.toString(spec.workers()), Integer.toString(spec.queueLimit()), Integer.toString(stats.routed()),
                    Integer.toString(stats.completed()), Integer.toString(stats.rejected()), percent(stats.utilisation()),
                    Integer.toString(stats.peakOutstanding()), i == scenario.failServer());
        }).toList();
    }

    String loadChart(LbRun run, Locale locale) {
        List<String> names = IntStream.range(0, run.scenario().servers().size()).mapToObj(LbScenario::serverName).toList();
        return LbCharts.load(run.load(), names, new LbCharts.Axes(msg("lb.chart.load.title", locale),
                msg("lb.chart.load.desc", locale), msg("lb.chart.time", locale), msg("lb.chart.outstanding", locale)));
    }

    List<LbPage.ComparisonRow> comparison(LbRun run, String path, String queryString, Locale locale) {
        return run.comparison().stream().map(r -> new LbPage.ComparisonRow(algorithmName(r, locale),
                LbPageAssembler.withSetting(path, queryString, "algorithm", r.algorithm().key()),
                r.algorithm() == run.scenario().algorithm(), milliseconds(r.p50LatencyMs()), milliseconds(r.p99LatencyMs()),
                milliseconds(r.meanLatencyMs()), Integer.toString(r.dropped()), Integer.toString(r.retried()),
                String.format(Locale.ROOT, "%.2f", r.utilisationSpread()))).toList();
    }

    String comparisonChart(LbRun run, Locale locale) {
        List<LbCharts.Bars> bars = run.comparison().stream().map(r -> new LbCharts.Bars(algorithmName(r, locale),
                r.p50LatencyMs(), r.p99LatencyMs(), r.algorithm() == run.scenario().algorithm())).toList();
        return LbCharts.latency(bars, new LbCharts.Axes(msg("lb.chart.latency.title", locale),
                msg("lb.chart.latency.desc", locale), msg("lb.chart.latency.axis", locale), ""),
                msg("lb.figure.p50", locale), msg("lb.figure.p99", locale));
    }

    List<LbPage.Figure> keyMovement(LbRun run, Locale locale) {
        KeyMovement k = run.keyMovement();
        List<LbPage.Figure> figures = new ArrayList<>();
        figures.add(new LbPage.Figure(msg("lb.keys.added", locale, k.servers() + 1), msg("lb.keys.share", locale,
                percent(k.added()), percent(k.addedExpected()))));
        if (k.servers() > 1) {
            figures.add(new LbPage.Figure(msg("lb.keys.removed", locale, LbScenario.serverName(k.servers() - 1)),
                    msg("lb.keys.share", locale, percent(k.removed()), percent(k.removedExpected()))));
        }
        figures.add(new LbPage.Figure(msg("lb.keys.others", locale), Integer.toString(k.movedOthers())));
        figures.add(new LbPage.Figure(msg("lb.keys.modulo", locale, k.servers(), k.servers() + 1), percent(k.moduloAdded())));
        return figures;
    }

    private String algorithmName(RunStats stats, Locale locale) {
        return msg("lb.algorithm." + stats.algorithm().key(), locale);
    }

    static String milliseconds(double ms) {
        if (ms >= 10_000) {
            return String.format(Locale.ROOT, "%.1f s", ms / 1000);
        }
        return String.format(Locale.ROOT, ms >= 100 ? "%.0f ms" : "%.1f ms", ms);
    }

    static String percent(double fraction) {
        return String.format(Locale.ROOT, "%.1f %%", 100 * fraction);
    }

    private String msg(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}
