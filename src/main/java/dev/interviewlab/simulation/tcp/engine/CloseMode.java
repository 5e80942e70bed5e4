package dev.interviewlab.simulation.tcp.engine;

/** How the first closer lets go of the connection. */
public enum CloseMode implements SettingChoice {
    /** close(): FIN, and the socket becomes an orphan the application no longer holds. */
    CLOSE,
    /** shutdown(SHUT_WR): FIN, but the application keeps reading (a half-close). */
    SHUTDOWN,
    /** close() with SO_LINGER {on, 0}, or with unread data: RST instead of FIN. */
    ABORT;

    TcpInput input() {
        return switch (this) {
            case CLOSE -> TcpInput.CLOSE;
            case SHUTDOWN -> TcpInput.SHUTDOWN;
            case ABORT -> TcpInput.ABORT;
        };
    }
}
