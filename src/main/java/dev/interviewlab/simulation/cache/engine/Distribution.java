package dev.interviewlab.simulation.cache.engine;

import java.util.Arrays;
import java.util.Optional;

/** How the generator picks the key of each operation among the existing keys. */
public enum Distribution {
    /** Every key equally likely. */
    UNIFORM("uniform"),
    /** Key of rank r (from 1) with probability proportional to 1 / r^skew; key 0 is the most popular. */
    ZIPF("zipf"),
    /** A fixed share of operations go to key 0 (the hot key), the rest uniformly to the others. */
    HOT_KEY("hot-key");

    private final String slug;

    Distribution(String slug) {
        this.slug = slug;
    }

    public String slug() {
        return slug;
    }

    public String messageKey() {
        return "cache.distribution." + slug;
    }

    public static Optional<Distribution> bySlug(String slug) {
        return Arrays.stream(values()).filter(d -> d.slug.equals(slug)).findFirst();
    }
}
