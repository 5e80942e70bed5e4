package dev.interviewlab.simulation.mesi.engine;

/** What a cache puts on the snooping bus. */
public enum BusMessage {
    /** read a line to share it */
    BUS_RD("BusRd"),
    /** read a line to write it: every other copy is invalidated */
    BUS_RDX("BusRdX"),
    /** a sharer wants to write: the others invalidate, no data moves */
    BUS_UPGR("BusUpgr"),
    /** a Modified owner puts its data on the bus, for the requester and for memory */
    FLUSH("Flush");

    private final String label;

    BusMessage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
