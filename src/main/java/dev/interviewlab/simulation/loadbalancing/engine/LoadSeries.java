package dev.interviewlab.simulation.loadbalancing.engine;

import java.util.List;

/**
 * Outstanding requests per server over the run, for the chart: the time-weighted mean over each
 * of a series of equal intervals (the last may be shorter).
 *
 * @param intervalMs length of an interval; value i covers [i × intervalMs, (i + 1) × intervalMs)
 * @param perServer  perServer.get(s).get(i) is server s's mean outstanding requests in interval i
 */
public record LoadSeries(double intervalMs, List<List<Double>> perServer) {

    public static final int SAMPLES = 80;

    public LoadSeries {
        perServer = perServer.stream().map(List::copyOf).toList();
    }
}
