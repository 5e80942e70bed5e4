package dev.interviewlab.simulation.tcp.engine;

/** Why a segment never arrived. */
public enum LossCause {
    /** It arrived. */
    NONE,
    /** Its number is in the run's list of lost segments. */
    DROPPED,
    /** The receiving host was down when it would have arrived. */
    HOST_DOWN
}
