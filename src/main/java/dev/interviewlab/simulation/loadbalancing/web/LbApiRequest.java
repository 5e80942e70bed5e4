package dev.interviewlab.simulation.loadbalancing.web;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import dev.interviewlab.simulation.loadbalancing.engine.LbSettings;

import java.util.List;
import java.util.Map;

/**
 * The body of {@code POST /api/simulations/load-balancing}: a preset name and any settings to
 * override, with the names and units of the form (per-server settings as arrays).
 *
 * @param unknown properties that are not settings; a misspelt setting is reported, not ignored
 */
record LbApiRequest(String preset, String algorithm, Long seed, Integer requests, String arrivals, Double ratePerSecond,
                    String cost, Double meanCostMs, List<Double> speeds, List<Integer> weights, List<Integer> workers,
                    List<Integer> queueLimits, String failServer, Long failAtMs, Long detectMs, String onFailure,
                    Integer keys, Integer virtualNodes, @JsonAnySetter Map<String, Object> unknown) {

    LbApiRequest {
        unknown = unknown == null ? Map.of() : Map.copyOf(unknown);
    }

    LbSettings toSettings() {
        return new LbSettings(preset, algorithm, seed, requests, arrivals, ratePerSecond, cost, meanCostMs, speeds, weights,
                workers, queueLimits, failServer, failAtMs, detectMs, onFailure, keys, virtualNodes);
    }
}
