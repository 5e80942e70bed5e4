package dev.interviewlab.simulation.tcp.engine;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The two Linux profiles' handshake timers, against closed forms. With an initial RTO r, classic
 * Linux (up to 6.4) sends the k-th SYN retransmission at r·(2^k − 1) and gives up after
 * {@code tcp_syn_retries} n of them, at r·(2^(n+1) − 1): 127 s for n = 6. Since 6.5,
 * {@code tcp_syn_linear_timeouts} L keeps the RTO at r for the first L + 1 timeouts, so the k-th
 * retransmission leaves at k·r for k ≤ L + 1 and at r·(L + 2^(k−L) − 1) after that; the SYN gets
 * n + L retransmissions and connect() fails at r·(L + 2^(n+1) − 1): 131 s. A listener's SYN+ACK is
 * resent {@code tcp_synack_retries} times with plain doubling in both (linear timeouts apply only
 * to an active open), the half-open connection dropped at r·(2^(m+1) − 1): 63 s for m = 5.
 */
class LinuxSynBackoffTest {

    private static TcpRun run(String preset, java.util.function.Function<TcpSettings.Builder, TcpSettings.Builder> change) {
        return TcpSimulation.run(((TcpSettings.Resolved) TcpSettings.ofPreset(preset).with(change).resolve()).scenario());
    }

    /** Every segment the client sends is lost: a SYN into a black hole. */
    private static Long[] firstSegments(int count) {
        return LongStream.rangeClosed(1, count).boxed().toArray(Long[]::new);
    }

    static long classicRetransmissionAt(long rto, int k) {
        return rto * ((1L << k) - 1);
    }

    static long linearRetransmissionAt(long rto, long linear, int k) {
        return k <= linear + 1 ? k * rto : rto * (linear + (1L << (k - linear)) - 1);
    }

    @ParameterizedTest(name = "tcp_syn_retries {0}, RTO {1} ms")
    @CsvSource({"6, 1000", "3, 1000", "6, 200", "0, 1000"})
    void classicLinuxDoublesEverySynTimeout(int retries, long rto) {
        TcpRun run = run("connection-refused", s -> s.profile("linux").synRetries(retries).rtoMs(rto)
                .lostSegments(firstSegments(TcpLimits.MAX_LOST_SEGMENTS)));
        List<Long> expected = new ArrayList<>(List.of(0L));
        for (int k = 1; k <= retries; k++) {
            expected.add(classicRetransmissionAt(rto, k));
        }
        assertThat(run.segments()).extracting(Segment::sentAt).containsExactlyElementsOf(expected);
        TcpEvent gaveUp = run.events().stream().filter(e -> e.rule() == TcpRule.GIVE_UP).findFirst().orElseThrow();
        assertThat(gaveUp.time()).isEqualTo(classicRetransmissionAt(rto, retries + 1));
        assertThat(gaveUp.notice()).isEqualTo(AppNotice.TIMED_OUT);
    }

    @ParameterizedTest(name = "tcp_syn_retries {0}, RTO {1} ms")
    @CsvSource({"6, 1000", "3, 1000", "6, 200", "0, 1000"})
    void linuxSinceSixFiveKeepsTheFirstSynTimeoutsLinear(int retries, long rto) {
        long linear = TimerProfile.LINUX_SYN_LINEAR_TIMEOUTS;
        TcpRun run = run("connection-refused", s -> s.profile("linux-linear").synRetries(retries).rtoMs(rto)
                .lostSegments(firstSegments(TcpLimits.MAX_LOST_SEGMENTS)));
        List<Long> expected = new ArrayList<>(List.of(0L));
        for (int k = 1; k <= retries + linear; k++) {
            expected.add(linearRetransmissionAt(rto, linear, k));
        }
        assertThat(run.segments()).extracting(Segment::sentAt).containsExactlyElementsOf(expected);
        TcpEvent gaveUp = run.events().stream().filter(e -> e.rule() == TcpRule.GIVE_UP).findFirst().orElseThrow();
        assertThat(gaveUp.time()).isEqualTo(linearRetransmissionAt(rto, linear, (int) (retries + linear + 1)));
    }

    @Test
    void defaultsGiveTheKernelsFigures() {
        TcpRun classic = run("connection-refused", s -> s.profile("linux").lostSegments(firstSegments(7)));
        assertThat(classic.segments()).extracting(Segment::sentAt)
                .containsExactly(0L, 1_000L, 3_000L, 7_000L, 15_000L, 31_000L, 63_000L);
        assertThat(classic.endTime()).isEqualTo(127_000);

        TcpRun linear = run("connection-refused", s -> s.profile("linux-linear").lostSegments(firstSegments(11)));
        assertThat(linear.segments()).extracting(Segment::sentAt).containsExactly(0L, 1_000L, 2_000L, 3_000L, 4_000L,
                5_000L, 7_000L, 11_000L, 19_000L, 35_000L, 67_000L);
        assertThat(linear.endTime()).isEqualTo(131_000);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"rfc", "linux", "linux-linear"})
    void listenerResendsItsSynAckTcpSynackRetriesTimesThenReturnsToListen(String profile) {
        // the first SYN reaches the server; every segment after it is lost, so the SYN+ACKs go unanswered
        TcpRun run = run("normal-close", s -> s.profile(profile).closeAtMs(1_000_000)
                .lostSegments(LongStream.rangeClosed(2, TcpLimits.MAX_LOST_SEGMENTS).boxed().toArray(Long[]::new)));
        List<Segment> synAcks = run.segments().stream().filter(seg -> seg.from() == Side.SERVER).toList();
        long synArrived = 50;
        assertThat(synAcks).extracting(seg -> seg.sentAt() - synArrived)
                .containsExactly(0L, 1_000L, 3_000L, 7_000L, 15_000L, 31_000L);
        TcpEvent dropped = run.events().stream().filter(e -> e.rule() == TcpRule.GIVE_UP_PASSIVE_HANDSHAKE)
                .findFirst().orElseThrow();
        assertThat(dropped.time() - synArrived).isEqualTo(63_000);
        assertThat(dropped.after()).isEqualTo(TcpState.LISTEN);
    }

    @Test
    void synAndSynAckRetryCountsAreSeparate() {
        Long[] all = firstSegments(TcpLimits.MAX_LOST_SEGMENTS);
        TcpRun syn = run("connection-refused", s -> s.profile("linux").synRetries(2).synAckRetries(9).lostSegments(all));
        assertThat(syn.segments()).hasSize(3);
        // the first SYN arrives; everything after it is lost
        Long[] allButTheSyn = LongStream.rangeClosed(2, TcpLimits.MAX_LOST_SEGMENTS).boxed().toArray(Long[]::new);
        TcpRun synAck = run("normal-close", s -> s.profile("linux").synRetries(9).synAckRetries(2).closeAtMs(1_000_000)
                .lostSegments(allButTheSyn));
        assertThat(synAck.segments().stream().filter(seg -> seg.from() == Side.SERVER)).hasSize(3);
        assertThat(synAck.segments().stream().filter(seg -> seg.from() == Side.CLIENT)).hasSize(10);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"rfc, RST seq=201", "linux, RST+ACK seq=201 ack=501", "linux-linear, RST+ACK seq=201 ack=501"})
    void linuxsAbortRstCarriesAnAck(String profile, String label) {
        TcpRun run = run("rst-abort", s -> s.profile(profile));
        TcpEvent abort = run.events().stream().filter(e -> e.rule() == TcpRule.ABORT_SENDS_RST).findFirst().orElseThrow();
        assertThat(abort.sent().label()).isEqualTo(label);
        assertThat(run.arrivalOf(abort.sent().number())).get().extracting(TcpEvent::rule).isEqualTo(TcpRule.RESET);
    }
}
