package dev.interviewlab.simulation.mesi.engine;

/**
 * A broken transition the learner can switch on, to watch the model checker find what goes wrong
 * (Vivio's MESI animation has such a switch, but nothing there says whether the result is right).
 */
public enum ProtocolBug {
    NONE(null, null),
    /** a sharer snooping BusUpgr keeps its copy: two caches end up holding the line, one of them in M */
    UPGRADE_KEEPS_SHARER(MesiRule.SNOOP_UPGR_SHARED, MesiRule.BUG_UPGRADE_KEEPS_SHARER),
    /** a read miss takes E although other caches hold the line */
    READ_MISS_IGNORES_SHARERS(MesiRule.READ_MISS_SHARED, MesiRule.BUG_READ_MISS_IGNORES_SHARERS),
    /** the owner of a Modified line answers BusRd without flushing: memory supplies a stale value */
    MODIFIED_DOES_NOT_FLUSH(MesiRule.SNOOP_RD_MODIFIED, MesiRule.BUG_MODIFIED_DOES_NOT_FLUSH);

    private final MesiRule broken;
    private final MesiRule replacement;

    ProtocolBug(MesiRule broken, MesiRule replacement) {
        this.broken = broken;
        this.replacement = replacement;
    }

    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** @return the correct row this bug breaks, null for {@link #NONE} */
    public MesiRule broken() {
        return broken;
    }

    public MesiRule replacement() {
        return replacement;
    }

    MesiRule replace(MesiRule rule) {
        return rule == broken ? replacement : rule;
    }

    public static java.util.Optional<ProtocolBug> byKey(String key) {
        for (ProtocolBug bug : values()) {
            if (bug.key().equals(key)) {
                return java.util.Optional.of(bug);
            }
        }
        return java.util.Optional.empty();
    }
}
