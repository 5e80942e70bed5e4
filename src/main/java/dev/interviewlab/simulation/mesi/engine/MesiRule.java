package dev.interviewlab.simulation.mesi.engine;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import static dev.interviewlab.simulation.mesi.engine.MesiInput.EVICT;
import static dev.interviewlab.simulation.mesi.engine.MesiInput.PR_RD;
import static dev.interviewlab.simulation.mesi.engine.MesiInput.PR_WR;
import static dev.interviewlab.simulation.mesi.engine.MesiInput.SNOOP_BUS_RD;
import static dev.interviewlab.simulation.mesi.engine.MesiInput.SNOOP_BUS_RDX;
import static dev.interviewlab.simulation.mesi.engine.MesiInput.SNOOP_BUS_UPGR;
import static dev.interviewlab.simulation.mesi.engine.MesiState.EXCLUSIVE;
import static dev.interviewlab.simulation.mesi.engine.MesiState.INVALID;
import static dev.interviewlab.simulation.mesi.engine.MesiState.MODIFIED;
import static dev.interviewlab.simulation.mesi.engine.MesiState.SHARED;

/**
 * The MESI transition table, one row per (state, input): the textbook table of Sorin, Hill and Wood
 * (A Primer on Memory Consistency and Cache Coherence, §7.3; the Illinois protocol of Papamarcos and
 * Patel, 1984), with snooped requests in Invalid ignored. The last rows are the broken transitions
 * the "bug" switch swaps in ({@link ProtocolBug}); {@link #table()} leaves them out.
 */
public enum MesiRule {
    READ_MISS_NO_SHARER(INVALID, PR_RD, Sharers.NONE, EXCLUSIVE, BusMessage.BUS_RD, false),
    READ_MISS_SHARED(INVALID, PR_RD, Sharers.SOME, SHARED, BusMessage.BUS_RD, false),
    READ_HIT_SHARED(SHARED, PR_RD, Sharers.ANY, SHARED, null, false),
    READ_HIT_EXCLUSIVE(EXCLUSIVE, PR_RD, Sharers.ANY, EXCLUSIVE, null, false),
    READ_HIT_MODIFIED(MODIFIED, PR_RD, Sharers.ANY, MODIFIED, null, false),
    WRITE_MISS(INVALID, PR_WR, Sharers.ANY, MODIFIED, BusMessage.BUS_RDX, false),
    WRITE_UPGRADE(SHARED, PR_WR, Sharers.ANY, MODIFIED, BusMessage.BUS_UPGR, false),
    // the reason E exists: no one else has a copy, so nobody needs telling
    WRITE_SILENT_UPGRADE(EXCLUSIVE, PR_WR, Sharers.ANY, MODIFIED, null, false),
    WRITE_HIT_MODIFIED(MODIFIED, PR_WR, Sharers.ANY, MODIFIED, null, false),
    EVICT_SHARED(SHARED, EVICT, Sharers.ANY, INVALID, null, false),
    EVICT_EXCLUSIVE(EXCLUSIVE, EVICT, Sharers.ANY, INVALID, null, false),
    EVICT_MODIFIED(MODIFIED, EVICT, Sharers.ANY, INVALID, null, true),
    SNOOP_RD_SHARED(SHARED, SNOOP_BUS_RD, Sharers.ANY, SHARED, null, false),
    SNOOP_RD_EXCLUSIVE(EXCLUSIVE, SNOOP_BUS_RD, Sharers.ANY, SHARED, null, false),
    SNOOP_RD_MODIFIED(MODIFIED, SNOOP_BUS_RD, Sharers.ANY, SHARED, BusMessage.FLUSH, true),
    SNOOP_RDX_SHARED(SHARED, SNOOP_BUS_RDX, Sharers.ANY, INVALID, null, false),
    SNOOP_RDX_EXCLUSIVE(EXCLUSIVE, SNOOP_BUS_RDX, Sharers.ANY, INVALID, null, false),
    SNOOP_RDX_MODIFIED(MODIFIED, SNOOP_BUS_RDX, Sharers.ANY, INVALID, BusMessage.FLUSH, true),
    SNOOP_UPGR_SHARED(SHARED, SNOOP_BUS_UPGR, Sharers.ANY, INVALID, null, false),
    // E and M never see a BusUpgr while the invariant holds (a BusUpgr comes from a sharer); the table is total anyway
    SNOOP_UPGR_EXCLUSIVE(EXCLUSIVE, SNOOP_BUS_UPGR, Sharers.ANY, INVALID, null, false),
    SNOOP_UPGR_MODIFIED(MODIFIED, SNOOP_BUS_UPGR, Sharers.ANY, INVALID, BusMessage.FLUSH, true),

    BUG_UPGRADE_KEEPS_SHARER(SHARED, SNOOP_BUS_UPGR, Sharers.ANY, SHARED, null, false),
    BUG_READ_MISS_IGNORES_SHARERS(INVALID, PR_RD, Sharers.SOME, EXCLUSIVE, BusMessage.BUS_RD, false),
    BUG_MODIFIED_DOES_NOT_FLUSH(MODIFIED, SNOOP_BUS_RD, Sharers.ANY, SHARED, null, false);

    private static final MesiRule[] CORRECT = Arrays.stream(values()).filter(rule -> !rule.buggy()).toArray(MesiRule[]::new);

    /** Whether a row applies depending on other caches holding the line (the bus's "shared" wire). */
    public enum Sharers {
        ANY, NONE, SOME;

        boolean matches(boolean othersHoldTheLine) {
            return this == ANY || (this == SOME) == othersHoldTheLine;
        }
    }

    private final MesiState from;
    private final MesiInput input;
    private final Sharers sharers;
    private final MesiState to;
    private final BusMessage sends;
    private final boolean writesBack;

    MesiRule(MesiState from, MesiInput input, Sharers sharers, MesiState to, BusMessage sends, boolean writesBack) {
        this.from = from;
        this.input = input;
        this.sharers = sharers;
        this.to = to;
        this.sends = sends;
        this.writesBack = writesBack;
    }

    public MesiState from() {
        return from;
    }

    public MesiInput input() {
        return input;
    }

    public Sharers sharers() {
        return sharers;
    }

    public MesiState to() {
        return to;
    }

    /** @return the bus message this cache sends when the rule fires, null for none */
    public BusMessage sends() {
        return sends;
    }

    /** Memory receives the line's data. */
    public boolean writesBack() {
        return writesBack;
    }

    public boolean buggy() {
        return name().startsWith("BUG_");
    }

    /** The correct protocol's rows. */
    public static List<MesiRule> table() {
        return List.of(CORRECT);
    }

    /**
     * The row for a cache in {@code state} seeing {@code input}, the bug's replacement if it breaks
     * that row; empty when the protocol does nothing (an Invalid line snooping or being evicted).
     */
    static Optional<MesiRule> find(MesiState state, MesiInput input, boolean othersHoldTheLine, ProtocolBug bug) {
        for (MesiRule rule : CORRECT) {
            if ( rule.from == state && rule.input == input && rule.sharers.matches(othersHoldTheLine)) {
                return Optional.of(bug.replace(rule));
            }
        }
        return Optional.empty();
    }
}
