package dev.interviewlab.simulation.cache.web;

import dev.interviewlab.simulation.Replay;
import dev.interviewlab.simulation.cache.engine.AnomalyCause;
import dev.interviewlab.simulation.cache.engine.BloomReport;
import dev.interviewlab.simulation.cache.engine.ExperimentResult;
import dev.interviewlab.simulation.cache.engine.MessageArg;
import dev.interviewlab.simulation.cache.engine.Metrics;
import dev.interviewlab.simulation.cache.engine.RunResult;
import dev.interviewlab.simulation.cache.engine.SelfTest;
import dev.interviewlab.simulation.cache.engine.SimulationEvent;
import dev.interviewlab.simulation.cache.engine.StaleReadTimeline;
import dev.interviewlab.simulation.cache.engine.TimeSeries;
import org.springframework.context.MessageSource;
import org.springframework.web.util.UriComponentsBuilder;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToLongFunction;

/** Turns an experiment's result into the page's view: tables, charts, the replay, in the learner's language. */
final class CacheResultViews {

    /** Points drawn per line; database load keeps each point's highest window so peaks survive. */
    static final int CHART_POINTS = 200;
    static final int TABLE_ROWS = 12;

    private final MessageSource messages;
    private final Locale locale;

    CacheResultViews(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    CacheResultView build(ExperimentResult result, StaleReadTimeline timeline, Integer staleChoice, Replay replay,
                          String path, String query) {
        List<RunResult> runs = result.runs();
        List<CacheResultView.Column> columns = runs.stream().map(r -> new CacheResultView.Column(
                msg(r.strategy().messageKey()), r.mitigated() ? msg("cache.result.with", msg(r.mitigation().messageKey()))
                : result.comparesMitigation() ? msg("cache.result.without") : null)).toList();
        List<String> notes = new ArrayList<>();
        if (runs.stream().anyMatch(r -> r.metrics().truncated())) {
            notes.add(msg("cache.result.truncated"));
        }
        if (result.input().scenario().mode().warmup() != dev.interviewlab.simulation.cache.engine.FailureMode.Warmup.COLD) {
            notes.add(msg("cache.result.warmup." + result.input().scenario().mode().warmup().name()));
        }
        if (result.input().scenario().mitigation() == dev.interviewlab.simulation.cache.engine.Mitigation.HOT_KEY_NEVER_EXPIRES) {
            notes.add(msg("cache.result.hotKeyRefresh", result.workload().hotKeyName()));
        }
        runs.stream().filter(r -> r.strategy().serialisesWritesPerKey() && !r.mitigated()).findFirst()
                .ifPresent(r -> notes.add(msg("cache.result.writeThroughOrder", r.metrics().queuedWrites(), r.metrics().writes())));
        return new CacheResultView(summary(result), columns, rows(result), charts(result), chartTable(result), bloom(runs),
                staleChoices(result, staleChoice, path, query), timeline == null ? null : timeline(timeline, replay), notes);
    }

    private String summary(ExperimentResult result) {
        RunResult first = result.runs().get(0);
        return msg("cache.result.summary", first.metrics().operations(), result.workload().clients(),
                LineChart.time(first.metrics().durationMicros() / 1000.0), result.runs().size());
    }

    // ------------------------------------------------------------------ the metrics table

    private List<CacheResultView.MetricRow> rows(ExperimentResult result) {
        List<RunResult> runs = result.runs();
        List<CacheResultView.MetricRow> rows = new ArrayList<>();
        rows.add(row("reads", runs, m -> m.reads()));
        rows.add(row("writes", runs, m -> m.writes()));
        rows.add(row("hits", runs, m -> m.hits()));
        rows.add(row("misses", runs, m -> m.misses()));
        rows.add(new CacheResultView.MetricRow(msg("cache.metric.hitRatio"), msg("cache.metric.hitRatio.help"),
                runs.stream().map(r -> percent(r.metrics().hitRatio() * 100)).toList(), false));
        rows.add(row("dbReads", runs, m -> m.dbReads()));
        optional(rows, "dbReadsNoRow", runs, m -> m.dbReadsNoRow(), true);
        rows.add(row("dbWrites", runs, m -> m.dbWrites()));
        rows.add(new CacheResultView.MetricRow(msg("cache.metric.peakDbLoad"),
                msg("cache.metric.peakDbLoad.help", LineChart.format(result.windowMicros() / 1000.0)),
                runs.stream().map(r -> number(r.metrics().peakDbLoad())).toList(), false));
        rows.add(row("staleReads", runs, m -> m.staleReads()));
        for (AnomalyCause cause : AnomalyCause.values()) {
            if (runs.stream().anyMatch(r -> r.metrics().staleReadsByCause().containsKey(cause))) {
                rows.add(new CacheResultView.MetricRow(msg(cause.messageKey() + ".short"), null, runs.stream()
                        .map(r -> number(r.metrics().staleReadsByCause().getOrDefault(cause, 0))).toList(), true));
            }
        }
        rows.add(new CacheResultView.MetricRow(msg("cache.metric.inconsistent"), msg("cache.metric.inconsistent.help"),
                runs.stream().map(r -> millis(r.metrics().inconsistentMicros())).toList(), false));
        rows.add(new CacheResultView.MetricRow(msg("cache.metric.longestInconsistency"), null,
                runs.stream().map(r -> millis(r.metrics().longestInconsistencyMicros())).toList(), true));
        boolean writeBackOrCrash = result.input().crashAtMicros() >= 0 || runs.stream().anyMatch(r -> r.strategy().writeBack());
        if (writeBackOrCrash) {
            rows.add(row("lostWrites", runs, m -> m.lostWrites()));
            rows.add(row("unflushedWrites", runs, m -> m.unflushedWrites()));
            rows.add(row("flushes", runs, m -> m.flushes()));
        }
        rows.add(row("evictions", runs, m -> m.evictions()));
        rows.add(row("expirations", runs, m -> m.expirations()));
        optional(rows, "coalescedReads", runs, m -> m.coalescedReads(), false);
        optional(rows, "queuedWrites", runs, m -> m.queuedWrites(), false);
        optional(rows, "missingKeyReads", runs, m -> m.missingKeyReads(), false);
        optional(rows, "bloomRejected", runs, m -> m.bloomRejected(), true);
        rows.add(new CacheResultView.MetricRow(msg("cache.metric.latency"), msg("cache.metric.latency.help"),
                runs.stream().map(r -> msg("cache.metric.latency.value", millis(r.metrics().latencyP50Micros()),
                        millis(r.metrics().latencyP95Micros()), millis(r.metrics().latencyP99Micros()),
                        millis(r.metrics().latencyMaxMicros()))).toList(), false));
        rows.add(new CacheResultView.MetricRow(msg("cache.metric.duration"), null,
                runs.stream().map(r -> LineChart.time(r.metrics().durationMicros() / 1000.0)).toList(), false));
        return rows;
    }

    private CacheResultView.MetricRow row(String name, List<RunResult> runs, ToLongFunction<Metrics> value) {
        String help = messages.getMessage("cache.metric." + name + ".help", null, "", locale);
        return new CacheResultView.MetricRow(msg("cache.metric." + name), help.isEmpty() ? null : help,
                runs.stream().map(r -> number(value.applyAsLong(r.metrics()))).toList(), false);
    }

    private void optional(List<CacheResultView.MetricRow> rows, String name, List<RunResult> runs, ToLongFunction<Metrics> value,
                          boolean indent) {
        if (runs.stream().anyMatch(r -> value.applyAsLong(r.metrics()) > 0)) {
            CacheResultView.MetricRow row = row(name, runs, value);
            rows.add(new CacheResultView.MetricRow(row.label(), row.help(), row.cells(), indent));
        }
    }

    // ------------------------------------------------------------------ charts

    private List<CacheResultView.Chart> charts(ExperimentResult result) {
        List<RunResult> runs = result.runs();
        int windows = runs.get(0).series().windows();
        int group = Math.max(1, (windows + CHART_POINTS - 1) / CHART_POINTS);
        double xMax = windows * result.windowMicros() / 1000.0;
        double loadMax = 1;
        for (RunResult run : runs) {
            loadMax = Math.max(loadMax, run.series().peakDbLoad());
        }
        loadMax = niceCeiling(loadMax);
        String window = LineChart.format(result.windowMicros() / 1000.0);
        List<List<RunResult>> panels = new ArrayList<>();
        List<String> captions = new ArrayList<>();
        if (result.comparesMitigation()) {
            panels.add(runs.stream().filter(r -> !r.mitigated()).toList());
            panels.add(runs.stream().filter(RunResult::mitigated).toList());
            captions.add(msg("cache.chart.without"));
            captions.add(msg("cache.chart.with", msg(result.input().scenario().mitigation().messageKey())));
        } else {
            panels.add(runs);
            captions.add(null);
        }
        List<CacheResultView.Panel> hitPanels = new ArrayList<>();
        List<CacheResultView.Panel> loadPanels = new ArrayList<>();
        for (int p = 0; p < panels.size(); p++) {
            List<LineChart.Series> hitSeries = new ArrayList<>();
            List<LineChart.Series> loadSeries = new ArrayList<>();
            for (RunResult run : panels.get(p)) {
                hitSeries.add(new LineChart.Series(msg(run.strategy().messageKey()), hitRatioPoints(run.series(), group)));
                loadSeries.add(new LineChart.Series(msg(run.strategy().messageKey()), loadPoints(run.series(), group)));
            }
            String suffix = panels.size() > 1 ? (p == 0 ? "-without" : "-with") : "";
            String caption = captions.get(p);
            hitPanels.add(new CacheResultView.Panel(caption, LineChart.draw("hit-ratio-chart" + suffix,
                    withCaption(msg("cache.chart.hitRatio.title"), caption), msg("cache.chart.hitRatio.desc", window),
                    msg("cache.chart.time"), msg("cache.chart.hitRatio.axis"), xMax, 100, true, hitSeries)));
            loadPanels.add(new CacheResultView.Panel(caption, LineChart.draw("db-load-chart" + suffix,
                    withCaption(msg("cache.chart.dbLoad.title"), caption), msg("cache.chart.dbLoad.desc", window),
                    msg("cache.chart.time"), msg("cache.chart.dbLoad.axis", window), xMax, loadMax, false, loadSeries)));
        }
        return List.of(new CacheResultView.Chart(msg("cache.chart.hitRatio.title"), hitPanels),
                new CacheResultView.Chart(msg("cache.chart.dbLoad.title"), loadPanels));
    }

    private String withCaption(String title, String caption) {
        return caption == null ? title : title + " (" + caption + ")";
    }

    static double[] hitRatioPoints(TimeSeries series, int group) {
        double[] points = new double[(series.windows() + group - 1) / group];
        int[] hits = series.hits();
        int[] misses = series.misses();
        for (int p = 0; p < points.length; p++) {
            long h = 0;
            long lookups = 0;
            for (int i = p * group; i < Math.min(series.windows(), (p + 1) * group); i++) {
                h += hits[i];
                lookups += hits[i] + misses[i];
            }
            points[p] = lookups == 0 ? Double.NaN : 100.0 * h / lookups;
        }
        return points;
    }

    static double[] loadPoints(TimeSeries series, int group) {
        double[] points = new double[(series.windows() + group - 1) / group];
        for (int p = 0; p < points.length; p++) {
            int peak = 0;
            for (int i = p * group; i < Math.min(series.windows(), (p + 1) * group); i++) {
                peak = Math.max(peak, series.dbLoad(i));
            }
            points[p] = peak;
        }
        return points;
    }

    private CacheResultView.ChartTable chartTable(ExperimentResult result) {
        List<RunResult> runs = result.runs();
        int windows = runs.get(0).series().windows();
        int rowsCount = Math.min(TABLE_ROWS, windows);
        int per = (windows + rowsCount - 1) / rowsCount;
        List<String> headers = new ArrayList<>();
        headers.add(msg("cache.table.time"));
        for (RunResult run : runs) {
            String name = msg(run.strategy().messageKey()) + (result.comparesMitigation()
                    ? " (" + (run.mitigated() ? msg("cache.result.withShort") : msg("cache.result.withoutShort")) + ")" : "");
            headers.add(msg("cache.table.hitRatio", name));
            headers.add(msg("cache.table.dbQueries", name));
        }
        List<List<String>> rows = new ArrayList<>();
        for (int r = 0; r * per < windows; r++) {
            int from = r * per;
            int to = Math.min(windows, from + per);
            List<String> row = new ArrayList<>();
            row.add(LineChart.time(from * result.windowMicros() / 1000.0) + " – " + LineChart.time(to * result.windowMicros() / 1000.0));
            for (RunResult run : runs) {
                TimeSeries s = run.series();
                long hits = 0;
                long lookups = 0;
                long load = 0;
                for (int i = from; i < to; i++) {
                    hits += s.hits()[i];
                    lookups += s.hits()[i] + s.misses()[i];
                    load += s.dbLoad(i);
                }
                row.add(lookups == 0 ? "–" : percent(100.0 * hits / lookups));
                row.add(number(load));
            }
            rows.add(row);
        }
        return new CacheResultView.ChartTable(msg("cache.table.caption"), headers, rows);
    }

    // ------------------------------------------------------------------ Bloom filter

    private List<CacheResultView.BloomRow> bloom(List<RunResult> runs) {
        List<CacheResultView.BloomRow> rows = new ArrayList<>();
        for (RunResult run : runs) {
            BloomReport b = run.bloom();
            if (b != null) {
                rows.add(new CacheResultView.BloomRow(msg(run.strategy().messageKey()), number(b.bits()), Integer.toString(b.hashes()),
                        number(b.keys()), percent3(b.targetRate() * 100), percent3(b.theoreticalRate() * 100),
                        Double.isNaN(b.measuredRate()) ? "–" : percent3(b.measuredRate() * 100),
                        msg("cache.bloom.lookups", number(b.falsePositives()), number(b.missingKeyLookups()))));
            }
        }
        return rows;
    }

    // ------------------------------------------------------------------ the stale read

    private List<CacheResultView.StaleChoice> staleChoices(ExperimentResult result, Integer chosen, String path, String query) {
        List<ExperimentResult.StaleReadChoice> choices = result.staleReadChoices();
        int current = choices.stream().anyMatch(c -> chosen != null && c.number() == chosen) ? chosen : 1;
        return choices.stream().map(c -> new CacheResultView.StaleChoice(c.number(),
                msg(c.run().mitigated() ? "cache.timeline.choiceMitigated" : "cache.timeline.choice",
                        msg(c.run().strategy().messageKey()), msg(c.read().cause().messageKey() + ".short"),
                        preciseMillis(c.read().endMicros())),
                UriComponentsBuilder.fromPath(path).query(query).replaceQueryParam("stale", c.number())
                        .replaceQueryParam("step").fragment("timeline").build().toUriString(),
                c.number() == current)).toList();
    }

    private CacheResultView.Timeline timeline(StaleReadTimeline timeline, Replay replay) {
        List<SimulationEvent> events = timeline.steps();
        List<CacheResultView.Step> steps = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            SimulationEvent e = events.get(i);
            int number = i + 1;
            String state = number < replay.current() ? "is-past" : number == replay.current() ? "is-current" : "is-future";
            steps.add(new CacheResultView.Step(number, preciseMillis(e.timeMicros()), actor(e.client()), stepText(e),
                    e.cacheHasEntry() ? value(e.cacheValue()) : msg("cache.timeline.noEntry"),
                    e.key() == null ? "–" : value(e.databaseValue()), e.key() == null ? "–" : value(e.newestCommitted()),
                    e.stale(), e.cacheBehind(), state));
        }
        String strategy = msg(timeline.strategy().messageKey());
        String context = timeline.mitigation() == null ? msg("cache.timeline.context", strategy)
                : msg("cache.timeline.contextMitigated", strategy, msg(timeline.mitigation().messageKey()));
        String explanation = messages.getMessage(timeline.cause().messageKey(), resolve(SelfTest.causeArgs(timeline)), locale);
        return new CacheResultView.Timeline(msg("cache.timeline.heading", timeline.staleRead().key()), context,
                msg(timeline.cause().messageKey() + ".short"), explanation,
                SequenceDiagram.draw(timeline, steps, msg("cache.timeline.svgTitle", timeline.staleRead().key()),
                        msg("cache.timeline.svgDesc", events.size(), strategy), msg("cache.timeline.lane.cache"),
                        msg("cache.timeline.lane.database"), this::actor, this::shortText),
                steps, replay, timeline.startsMidway());
    }

    String actor(int client) {
        return client < 0 ? msg("cache.timeline.system") : msg("cache.timeline.client", client);
    }

    String stepText(SimulationEvent e) {
        return msg(e.kind().messageKey(), actor(e.client()), e.key() == null ? "" : e.key(), value(e.value()), e.count());
    }

    String shortText(SimulationEvent e) {
        return msg(e.kind().messageKey() + ".short", value(e.value()), e.count());
    }

    String value(String label) {
        return label == null ? msg("cache.timeline.noRow") : label;
    }

    // ------------------------------------------------------------------ formatting

    String msg(String key, Object... args) {
        return messages.getMessage(key, resolve(List.of(args)), locale);
    }

    Object[] resolve(List<Object> args) {
        return args.stream().map(a -> a instanceof MessageArg m ? messages.getMessage(m.key(), null, locale) : a).toArray();
    }

    static String number(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    static String percent(double value) {
        return String.format(Locale.ROOT, "%.1f%%", value);
    }

    static String percent3(double value) {
        return String.format(Locale.ROOT, "%.3f%%", value);
    }

    /** Virtual time to the microsecond, as the replay needs it. */
    static String preciseMillis(long micros) {
        return String.format(Locale.ROOT, "%,.3f ms", micros / 1000.0);
    }

    static String millis(long micros) {
        return String.format(Locale.ROOT, micros >= 100_000 ? "%,.0f ms" : "%,.3f ms", micros / 1000.0);
    }

    /** The smallest 4 × (1, 2 or 5 × 10^k) at or above the value, so the four grid steps are round numbers. */
    static double niceCeiling(double value) {
        double quarter = Math.max(value, 1) / 4;
        double magnitude = Math.pow(10, Math.floor(Math.log10(quarter)));
        for (double step : new double[]{1, 2, 5, 10}) {
            if (step * magnitude >= quarter) {
                return 4 * Math.max(step * magnitude, 1);
            }
        }
        return 40 * magnitude;
    }
}
