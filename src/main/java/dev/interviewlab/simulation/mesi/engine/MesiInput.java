package dev.interviewlab.simulation.mesi.engine;

/** What a cache reacts to: its own core's request, or a message snooped on the bus. */
public enum MesiInput {
    PR_RD(null), PR_WR(null), EVICT(null),
    SNOOP_BUS_RD(BusMessage.BUS_RD), SNOOP_BUS_RDX(BusMessage.BUS_RDX), SNOOP_BUS_UPGR(BusMessage.BUS_UPGR);

    private final BusMessage snooped;

    MesiInput(BusMessage snooped) {
        this.snooped = snooped;
    }

    public boolean snoop() {
        return snooped != null;
    }

    static MesiInput snooping(BusMessage message) {
        for (MesiInput input : values()) {
            if (input.snooped == message) {
                return input;
            }
        }
        throw new IllegalArgumentException("nothing snoops " + message);
    }
}
