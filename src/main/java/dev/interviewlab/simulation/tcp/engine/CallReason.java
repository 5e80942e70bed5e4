package dev.interviewlab.simulation.tcp.engine;

/** Why an application makes a call: the script the scenario's settings describe. */
public enum CallReason {
    /** The server starts listening at time 0. */
    LISTEN,
    /** The client (or, in a simultaneous open, either side) connects at time 0. */
    CONNECT,
    /** The client sends its request once connected. */
    REQUEST,
    /** The server answers once it has the whole request. */
    RESPONSE,
    /** The first closer closes at the scenario's close time. */
    FIRST_CLOSE,
    /** The other application, having read end-of-stream, still writes: the direction a half-close leaves open. */
    DATA_AFTER_END_OF_STREAM,
    /** The other application closes a while after read() returned end-of-stream. */
    CLOSE_AFTER_END_OF_STREAM,
    /** The server's host loses power. */
    HOST_DOWN
}
