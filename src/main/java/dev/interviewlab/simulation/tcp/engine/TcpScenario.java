package dev.interviewlab.simulation.tcp.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import static dev.interviewlab.simulation.tcp.engine.TcpLimits.*;

/**
 * A complete, valid set of settings for one run. All durations are milliseconds of virtual time.
 * Build one from user input with {@link TcpSettings#resolve()}, which reports field problems; the
 * constructor rejects anything out of bounds.
 *
 * @param requestBytes     the client sends this many bytes once established (0: none)
 * @param responseBytes    the server sends this many bytes once it has the whole request (0: none)
 * @param closeAtMs        when the first closer's application closes
 * @param peerCloses       whether the other application closes after it reads end-of-stream
 * @param peerCloseDelayMs how long after end-of-stream it does so
 * @param bytesAfterEndOfStream the other application writes this many bytes once it reads end-of-stream, before it
 *                         closes (0: none): data in the direction a half-close leaves open
 * @param lostSegments     numbers of the segments the network drops (1 = the first segment sent)
 * @param delayMs          one-way delay of every segment
 * @param mslMs            maximum segment lifetime (RFC profile: TIME_WAIT lasts 2×MSL)
 * @param rtoMs            initial retransmission timeout; doubles after each retransmission
 * @param maxRetries       retransmissions of one data segment or FIN before the connection is given up
 * @param synRetries       retransmissions of a SYN before connect() fails (Linux {@code tcp_syn_retries})
 * @param synAckRetries    retransmissions of a SYN+ACK before a passive open is dropped (Linux {@code tcp_synack_retries})
 * @param finTimeoutMs     Linux {@code tcp_fin_timeout} for an orphaned FIN_WAIT_2 socket
 * @param keepalive        the client enables TCP keepalive (SO_KEEPALIVE)
 * @param serverGoesDown   the server's host loses power at {@code serverDownAtMs}
 */
public record TcpScenario(TimerProfile profile, Opening opening, long requestBytes, long responseBytes,
                          FirstCloser firstCloser, long closeAtMs, CloseMode closeMode, boolean peerCloses,
                          long peerCloseDelayMs, long bytesAfterEndOfStream, List<Long> lostSegments, long delayMs,
                          long mslMs, long rtoMs, long maxRetries, long synRetries, long synAckRetries, long finTimeoutMs, boolean keepalive,
                          long keepaliveIdleMs, long keepaliveIntervalMs, long keepaliveProbes, boolean serverGoesDown,
                          long serverDownAtMs) {

    public TcpScenario {
        Objects.requireNonNull(profile);
        Objects.requireNonNull(opening);
        Objects.requireNonNull(firstCloser);
        Objects.requireNonNull(closeMode);
        lostSegments = lostSegments.stream().distinct().sorted().toList();
        List<SettingProblem> problems = problems(requestBytes, responseBytes, closeAtMs, peerCloseDelayMs,
                bytesAfterEndOfStream, lostSegments,
                delayMs, mslMs, rtoMs, maxRetries, synRetries, synAckRetries, finTimeoutMs, keepaliveIdleMs, keepaliveIntervalMs, keepaliveProbes,
                serverDownAtMs);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("invalid TCP scenario: " + problems);
        }
    }

    /** TIME_WAIT's length under this run's profile. */
    public long timeWaitMs() {
        return profile.timeWaitMs(mslMs);
    }

    static List<SettingProblem> problems(long requestBytes, long responseBytes, long closeAtMs, long peerCloseDelayMs,
                                         long bytesAfterEndOfStream, List<Long> lostSegments, long delayMs, long mslMs, long rtoMs, long maxRetries,
                                         long synRetries, long synAckRetries, long finTimeoutMs, long keepaliveIdleMs, long keepaliveIntervalMs,
                                         long keepaliveProbes, long serverDownAtMs) {
        List<SettingProblem> problems = new ArrayList<>();
        range(problems, "requestBytes", requestBytes, 0, MAX_BYTES);
        range(problems, "responseBytes", responseBytes, 0, MAX_BYTES);
        range(problems, "closeAtMs", closeAtMs, 0, HORIZON_MS);
        range(problems, "peerCloseDelayMs", peerCloseDelayMs, 0, HORIZON_MS);
        range(problems, "bytesAfterEndOfStream", bytesAfterEndOfStream, 0, MAX_BYTES);
        range(problems, "delayMs", delayMs, 0, MAX_DELAY_MS);
        range(problems, "mslMs", mslMs, 1, MAX_MSL_MS);
        range(problems, "rtoMs", rtoMs, 1, MAX_RTO_MS);
        range(problems, "maxRetries", maxRetries, 0, MAX_RETRIES);
        range(problems, "synRetries", synRetries, 0, MAX_RETRIES);
        range(problems, "synAckRetries", synAckRetries, 0, MAX_RETRIES);
        range(problems, "finTimeoutMs", finTimeoutMs, 1, MAX_FIN_TIMEOUT_MS);
        range(problems, "keepaliveIdleMs", keepaliveIdleMs, 1, MAX_KEEPALIVE_MS);
        range(problems, "keepaliveIntervalMs", keepaliveIntervalMs, 1, MAX_KEEPALIVE_MS);
        range(problems, "keepaliveProbes", keepaliveProbes, 1, MAX_KEEPALIVE_PROBES);
        range(problems, "serverDownAtMs", serverDownAtMs, 0, HORIZON_MS);
        if (lostSegments.size() > MAX_LOST_SEGMENTS) {
            problems.add(SettingProblem.of("lostSegments", "tcp.error.lostTooMany", MAX_LOST_SEGMENTS));
        }
        lostSegments.stream().filter(number -> number < 1 || number > MAX_EVENTS).findFirst().ifPresent(number ->
                problems.add(SettingProblem.of("lostSegments", "tcp.error.lostRange", number, 1, MAX_EVENTS)));
        return problems;
    }

    private static void range(List<SettingProblem> problems, String field, long value, long min, long max) {
        if (value < min || value > max) {
            problems.add(SettingProblem.of(field, "tcp.error.range", min, max));
        }
    }
}
