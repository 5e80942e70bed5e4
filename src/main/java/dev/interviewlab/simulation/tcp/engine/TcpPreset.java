package dev.interviewlab.simulation.tcp.engine;

import java.util.List;

/**
 * The scenarios the issue asks the simulation to get right, as settings only: the engine computes
 * every trace. Numbers in {@code lostSegments} refer to the segments of that very run.
 */
public enum TcpPreset implements SettingChoice {
    NORMAL_CLOSE(base().request(100).response(200)),
    SERVER_CLOSES_FIRST(base().request(100).response(200).firstCloser(FirstCloser.SERVER)),
    /** The server's application never calls close(); the Linux profile shows tcp_fin_timeout ending the client's side. */
    CLOSE_WAIT_LEAK(base().profile(TimerProfile.LINUX_LINEAR).request(100).response(200).peerCloses(false)),
    /** #1 SYN, #2 SYN+ACK, #3 ACK, #4 the client's FIN: dropped. */
    LOST_FIN(base().lost(4)),
    /** #4 FIN, #5 ACK, #6 the server's FIN, #7 the client's final ACK: dropped. */
    LOST_FINAL_ACK(base().lost(7)),
    SIMULTANEOUS_CLOSE(base().firstCloser(FirstCloser.BOTH)),
    SIMULTANEOUS_OPEN(base().opening(Opening.SIMULTANEOUS)),
    RST_ABORT(base().request(100).response(200).closeMode(CloseMode.ABORT)),
    CONNECTION_REFUSED(base().opening(Opening.REFUSED).firstCloser(FirstCloser.NONE)),
    /**
     * The client sends its request and shuts its side down (shutdown(SHUT_WR)); the server reads to
     * end-of-stream, then answers over the direction still open, then closes.
     */
    HALF_CLOSE(base().request(100).closeMode(CloseMode.SHUTDOWN).afterEndOfStream(200)),
    /** Linux's keepalive defaults: 7200 s idle, probes every 75 s, 9 probes. */
    KEEPALIVE_DEAD_PEER(base().profile(TimerProfile.LINUX_LINEAR).request(100).response(200).firstCloser(FirstCloser.NONE)
            .keepalive(true).serverDownAt(60_000));

    public static final TcpPreset DEFAULT = NORMAL_CLOSE;
    /** When the first closer closes, unless a preset says otherwise. */
    public static final long DEFAULT_CLOSE_AT_MS = 10_000;

    private final TcpScenario scenario;

    TcpPreset(Builder builder) {
        this.scenario = builder.build();
    }

    public TcpScenario scenario() {
        return scenario;
    }

    /**
     * The common ground: RFC timers with MSL 30 s (so TIME_WAIT lasts 60 s, as on Linux), 50 ms each
     * way, an initial RTO of 1 s, and the first close at 10 s: late enough that a lost SYN (resent
     * at 1 s, or at 3 and 7 s when it is lost again) or a lost request or response is retransmitted
     * before anyone closes.
     */
    private static Builder base() {
        return new Builder();
    }

    static final class Builder {
        private TimerProfile profile = TimerProfile.RFC;
        private Opening opening = Opening.NORMAL;
        private long requestBytes;
        private long responseBytes;
        private FirstCloser firstCloser = FirstCloser.CLIENT;
        private CloseMode closeMode = CloseMode.CLOSE;
        private boolean peerCloses = true;
        private long afterEndOfStream;
        private List<Long> lost = List.of();
        private boolean keepalive;
        private boolean serverGoesDown;
        private long serverDownAtMs = 60_000;

        Builder profile(TimerProfile value) { profile = value; return this; }
        Builder opening(Opening value) { opening = value; return this; }
        Builder request(long bytes) { requestBytes = bytes; return this; }
        Builder response(long bytes) { responseBytes = bytes; return this; }
        Builder firstCloser(FirstCloser value) { firstCloser = value; return this; }
        Builder closeMode(CloseMode value) { closeMode = value; return this; }
        Builder peerCloses(boolean value) { peerCloses = value; return this; }
        Builder afterEndOfStream(long bytes) { afterEndOfStream = bytes; return this; }
        Builder lost(long... numbers) { lost = java.util.Arrays.stream(numbers).boxed().toList(); return this; }
        Builder keepalive(boolean value) { keepalive = value; return this; }
        Builder serverDownAt(long ms) { serverGoesDown = true; serverDownAtMs = ms; return this; }

        TcpScenario build() {
            return new TcpScenario(profile, opening, requestBytes, responseBytes, firstCloser, DEFAULT_CLOSE_AT_MS,
                    closeMode, peerCloses, 100, afterEndOfStream, lost, 50, 30_000, 1_000, 6, 6, 5, 60_000, keepalive, 7_200_000, 75_000, 9,
                    serverGoesDown, serverDownAtMs);
        }
    }
}
