package dev.interviewlab.simulation.loadbalancing.engine;

import java.util.List;

/**
 * Outstanding requests per server sampled at even intervals over the run, for the chart.
 *
 * @param intervalMs time between samples; sample i is at i × intervalMs
 * @param perServer  perServer.get(s).get(i) is server s's outstanding requests at sample i
 */
public record LoadSeries(double intervalMs, List<List<Integer>> perServer) {

    public static final int SAMPLES = 80;

    public LoadSeries {
        perServer = perServer.stream().map(List::copyOf).toList();
    }
}
