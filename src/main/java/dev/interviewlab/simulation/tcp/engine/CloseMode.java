package dev.interviewlab.simulation.tcp.engine;

/** How the first closer lets go of the connection. */
public enum CloseMode implements SettingChoice {
    /** close(): FIN, and the socket becomes an orphan the application no longer holds. */
    CLOSE,
    /** shutdown(SHUT_WR): FIN, but the application keeps reading (a half-close). */
    SHUTDOWN,
    /** close() with SO_LINGER {on, 0}: RST instead of FIN. */
    ABORT,
    /**
     * close() without reading what has arrived: the client never reads the response, the server
     * reads the request only to answer it. With unread data the close sends RST; without, FIN.
     */
    CLOSE_UNREAD;

    TcpInput input() {
        return switch (this) {
            case CLOSE, CLOSE_UNREAD -> TcpInput.CLOSE;
            case SHUTDOWN -> TcpInput.SHUTDOWN;
            case ABORT -> TcpInput.ABORT;
        };
    }
}
