package dev.interviewlab.simulation.gmp.engine;

import java.util.Optional;

/** How sysmon's preemption request for a goroutine that ran too long takes effect. */
public enum Preemption {
    /** Go 1.13 and before: the request is seen only at a function call's stack check. */
    COOPERATIVE("go1.13"),
    /** Go 1.14 and after: a signal (SIGURG) stops the goroutine wherever it is. */
    ASYNC("go1.14");

    private final String slug;

    Preemption(String slug) {
        this.slug = slug;
    }

    public String slug() {
        return slug;
    }

    public static Optional<Preemption> bySlug(String slug) {
        for (Preemption p : values()) {
            if (p.slug.equals(slug)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
