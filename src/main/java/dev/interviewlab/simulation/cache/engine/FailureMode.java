package dev.interviewlab.simulation.cache.engine;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The three ways a cache lets a flood through to the database (the avalanche / breakdown /
 * penetration topic), each with the setup that provokes it and the mitigations that answer it.
 */
public enum FailureMode {
    /** No provocation: a cold cache serves the workload. */
    NONE("none", Warmup.COLD),
    /** Every key was loaded at time 0 with the same TTL, so they all expire together. */
    AVALANCHE("avalanche", Warmup.SAME_TTL),
    /** Keys were loaded at time 0 with staggered TTLs; the hot key expires while many clients want it. */
    BREAKDOWN("breakdown", Warmup.STAGGERED_TTL),
    /** A share of the reads ask for keys the database does not have, so nothing gets cached. */
    PENETRATION("penetration", Warmup.STAGGERED_TTL);

    /** How the cache is filled before the first operation (a warm-up job, not counted as DB load). */
    public enum Warmup {
        COLD,
        /** All keys that fit, each with TTL exactly the configured TTL (plus jitter if that mitigation is on). */
        SAME_TTL,
        /** All keys that fit, with TTLs spread evenly over [TTL, 2 TTL), as a cache in steady state has. */
        STAGGERED_TTL
    }

    private final String slug;
    private final Warmup warmup;

    FailureMode(String slug, Warmup warmup) {
        this.slug = slug;
        this.warmup = warmup;
    }

    public String slug() {
        return slug;
    }

    public Warmup warmup() {
        return warmup;
    }

    public List<Mitigation> mitigations() {
        return Arrays.stream(Mitigation.values()).filter(m -> m.answers() == this).toList();
    }

    public String messageKey() {
        return "cache.failure." + slug;
    }

    public static Optional<FailureMode> bySlug(String slug) {
        return Arrays.stream(values()).filter(f -> f.slug.equals(slug)).findFirst();
    }
}
