package dev.interviewlab.simulation.cache.web;

import dev.interviewlab.simulation.Replay;

import java.util.List;

/**
 * Everything the result page shows, already computed and translated: the template only lays it out.
 *
 * @param columns     one per run: strategy, and mitigation off or on
 * @param charts      hit ratio and database load over time; each has one or two panels (without / with mitigation)
 * @param timeline    the replayed stale read, or null when no read was stale
 */
public record CacheResultView(String summary, List<Column> columns, List<MetricRow> rows, List<Chart> charts,
                              ChartTable chartTable, List<BloomRow> bloom, List<StaleChoice> staleChoices,
                              Timeline timeline, List<String> notes) {

    public record Column(String strategy, String mitigation) {
    }

    /** One measured quantity across the runs; {@code indent} marks a breakdown of the row above. */
    public record MetricRow(String label, String help, List<String> cells, boolean indent) {
    }

    public record Chart(String heading, List<Panel> panels) {
    }

    public record Panel(String caption, String svg) {
    }

    /** The charts' data as a table: one row per stretch of time, hit ratio and DB queries per run. */
    public record ChartTable(String caption, List<String> headers, List<List<String>> rows) {
    }

    public record BloomRow(String run, String bits, String hashes, String keys, String target, String theoretical,
                           String measured, String lookups) {
    }

    public record StaleChoice(int number, String label, String link, boolean current) {
    }

    public record Timeline(String heading, String context, String cause, String explanation, String svg, List<Step> steps,
                           Replay replay, boolean startsMidway) {
    }

    /** One step; {@code state} is is-past, is-current or is-future for the server-rendered replay. */
    public record Step(int number, String time, String actor, String text, String cache, String database, String newest,
                       boolean stale, boolean cacheBehind, String state) {
    }
}
