package dev.interviewlab.simulation.cache.web;

import org.springframework.web.util.UriComponentsBuilder;

import java.util.List;

/**
 * Ready-made settings that provoke each phenomenon. They are only inputs (links to the run page
 * with a query string); every number on the result page is computed by the engine.
 */
final class Presets {

    record Preset(String id, String titleKey, String textKey, String link) {
    }

    /** The race of the consistency notes, with fixed latencies: a fast write between a slow reader's SELECT and SET. */
    static final String CLASSIC_RACE_TRACE = String.join("\n",
            "# the database holds k = old; every call takes effect half-way through its round trip",
            "db k old",
            "c0 @0 get k        # reader: miss, SELECT at 2 ms, SET at 3.5 ms",
            "c1 @1.8 put k new  # writer: commits at 2.3 ms, deletes at 3.3 ms",
            "c2 @5 get k        # a later reader",
            "");

    private Presets() {
    }

    static List<Preset> all(String runPath) {
        return List.of(
                new Preset("race", "cache.preset.race", "cache.preset.race.text", link(runPath)
                        .queryParam("strategy", "cache-aside", "delete-then-update").queryParam("workload", "trace")
                        .queryParam("trace", CLASSIC_RACE_TRACE).queryParam("cacheLatencyMs", "1")
                        .queryParam("dbReadLatencyMs", "2").queryParam("dbWriteLatencyMs", "1")
                        .queryParam("latencyJitterPercent", "0").encode().build().toUriString()),
                new Preset("orders", "cache.preset.orders", "cache.preset.orders.text", link(runPath)
                        .queryParam("strategy", "cache-aside", "delete-then-update", "update-db-then-cache", "delayed-double-delete")
                        .queryParam("keyCount", "20").queryParam("capacity", "20").queryParam("readPercent", "80")
                        .queryParam("thinkTimeMs", "2").build().toUriString()),
                new Preset("write-through", "cache.preset.writeThrough", "cache.preset.writeThrough.text", link(runPath)
                        .queryParam("strategy", "update-db-then-cache", "write-through")
                        .queryParam("keyCount", "20").queryParam("capacity", "20").queryParam("readPercent", "80")
                        .queryParam("thinkTimeMs", "2").build().toUriString()),
                new Preset("avalanche", "cache.preset.avalanche", "cache.preset.avalanche.text", link(runPath)
                        .queryParam("strategy", "cache-aside").queryParam("failureMode", "avalanche")
                        .queryParam("mitigation", "ttl-jitter").queryParam("capacity", "1000").queryParam("readPercent", "100")
                        .queryParam("clients", "32").build().toUriString()),
                new Preset("breakdown", "cache.preset.breakdown", "cache.preset.breakdown.text", link(runPath)
                        .queryParam("strategy", "cache-aside").queryParam("failureMode", "breakdown")
                        .queryParam("mitigation", "single-flight").queryParam("capacity", "1000").queryParam("readPercent", "100")
                        .queryParam("distribution", "hot-key").queryParam("clients", "32").queryParam("dbReadLatencyMs", "20")
                        .build().toUriString()),
                new Preset("never-expires", "cache.preset.neverExpires", "cache.preset.neverExpires.text", link(runPath)
                        .queryParam("strategy", "cache-aside").queryParam("failureMode", "breakdown")
                        .queryParam("mitigation", "hot-key-never-expires").queryParam("capacity", "1000").queryParam("readPercent", "98")
                        .queryParam("distribution", "hot-key").queryParam("clients", "32").queryParam("dbReadLatencyMs", "20")
                        .build().toUriString()),
                new Preset("penetration", "cache.preset.penetration", "cache.preset.penetration.text", link(runPath)
                        .queryParam("strategy", "cache-aside").queryParam("failureMode", "penetration")
                        .queryParam("mitigation", "bloom-filter").queryParam("capacity", "1000")
                        .queryParam("missingKeyPercent", "30").queryParam("missingKeySpace", "100000").build().toUriString()),
                new Preset("cache-nulls", "cache.preset.cacheNulls", "cache.preset.cacheNulls.text", link(runPath)
                        .queryParam("strategy", "cache-aside").queryParam("failureMode", "penetration")
                        .queryParam("mitigation", "cache-nulls").queryParam("capacity", "1000")
                        .queryParam("missingKeyPercent", "30").queryParam("missingKeySpace", "100").build().toUriString()),
                new Preset("crash", "cache.preset.crash", "cache.preset.crash.text", link(runPath)
                        .queryParam("strategy", "write-back", "write-through").queryParam("readPercent", "80")
                        .queryParam("crashAtMs", "3000").queryParam("flushIntervalMs", "500").build().toUriString()));
    }

    private static UriComponentsBuilder link(String runPath) {
        return UriComponentsBuilder.fromPath(runPath);
    }
}
