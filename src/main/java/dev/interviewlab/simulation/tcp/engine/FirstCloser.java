package dev.interviewlab.simulation.tcp.engine;

/** Which application closes first, at the scenario's close time. */
public enum FirstCloser implements SettingChoice {
    CLIENT, SERVER,
    /** Both close at the same moment: a simultaneous close. */
    BOTH,
    NONE;

    public boolean includes(Side side) {
        return this == BOTH || (this == CLIENT && side == Side.CLIENT) || (this == SERVER && side == Side.SERVER);
    }
}
