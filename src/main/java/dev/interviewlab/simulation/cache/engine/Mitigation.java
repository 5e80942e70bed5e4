package dev.interviewlab.simulation.cache.engine;

import java.util.Arrays;
import java.util.Optional;

/** A defence against one failure mode; a run has it switched on or off. */
public enum Mitigation {
    /** Add a random extra of up to the jitter percentage to every TTL, so expiries spread out. */
    TTL_JITTER("ttl-jitter", FailureMode.AVALANCHE),
    /** Concurrent misses of one key wait for a single database load (a mutex / single-flight). */
    SINGLE_FLIGHT("single-flight", FailureMode.BREAKDOWN),
    /**
     * The hot key gets no TTL and writers do not delete it; a background job reloads it from the
     * database after each commit, so readers never miss it but get the previous value until then.
     */
    HOT_KEY_NEVER_EXPIRES("hot-key-never-expires", FailureMode.BREAKDOWN),
    /** A read that finds no row caches a "no such key" marker with a short TTL. */
    CACHE_NULLS("cache-nulls", FailureMode.PENETRATION),
    /** A Bloom filter of every existing key answers "certainly absent" before cache or database. */
    BLOOM_FILTER("bloom-filter", FailureMode.PENETRATION);

    private final String slug;
    private final FailureMode answers;

    Mitigation(String slug, FailureMode answers) {
        this.slug = slug;
        this.answers = answers;
    }

    public String slug() {
        return slug;
    }

    /** The failure mode this mitigation is meant for. */
    public FailureMode answers() {
        return answers;
    }

    public String messageKey() {
        return "cache.mitigation." + slug;
    }

    public static Optional<Mitigation> bySlug(String slug) {
        return Arrays.stream(values()).filter(m -> m.slug.equals(slug)).findFirst();
    }
}
