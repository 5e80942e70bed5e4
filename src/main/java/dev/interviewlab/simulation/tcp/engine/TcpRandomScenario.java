package dev.interviewlab.simulation.tcp.engine;

import java.util.List;
import java.util.SplittableRandom;

/**
 * A random but plausible connection for a review card to ask about: how it opens, who closes and how,
 * how much data flows, the delay, the timer profile and at most one lost segment, all drawn from a seed.
 * The same seed always gives the same scenario, so a review page can rebuild the run it asked.
 */
public final class TcpRandomScenario {

    private static final Opening[] OPENINGS = {Opening.NORMAL, Opening.NORMAL, Opening.NORMAL, Opening.NORMAL,
            Opening.SIMULTANEOUS, Opening.REFUSED};
    private static final FirstCloser[] CLOSERS = {FirstCloser.CLIENT, FirstCloser.CLIENT, FirstCloser.SERVER, FirstCloser.BOTH};
    private static final CloseMode[] MODES = {CloseMode.CLOSE, CloseMode.CLOSE, CloseMode.CLOSE, CloseMode.SHUTDOWN,
            CloseMode.ABORT};
    private static final TimerProfile[] PROFILES = {TimerProfile.RFC, TimerProfile.LINUX_LINEAR};

    private TcpRandomScenario() {
    }

    /** The seed's scenario; the drops land within the first eight segments, where every run has segments. */
    public static TcpScenario of(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Opening opening = OPENINGS[random.nextInt(OPENINGS.length)];
        FirstCloser closer = opening == Opening.REFUSED ? FirstCloser.NONE : CLOSERS[random.nextInt(CLOSERS.length)];
        CloseMode mode = MODES[random.nextInt(MODES.length)];
        long request = random.nextInt(3) * 100L;
        long response = request == 0 ? 0 : random.nextInt(3) * 100L;
        long afterEndOfStream = mode == CloseMode.SHUTDOWN ? 100L * random.nextInt(1, 3) : 0;
        boolean peerCloses = random.nextInt(5) > 0;
        List<Long> lost = random.nextBoolean() ? List.of((long) random.nextInt(1, 9)) : List.of();
        long delay = 10L * random.nextInt(1, 21);
        TimerProfile profile = PROFILES[random.nextInt(PROFILES.length)];
        // as the presets: the first close at 10 s, after any retransmission of the handshake or data
        return new TcpScenario(profile, opening, request, response, closer, TcpPreset.DEFAULT_CLOSE_AT_MS, mode,
                peerCloses, 100, afterEndOfStream, lost, delay, 30_000, 1_000, 6, 6, 5, 60_000, false, 7_200_000, 75_000,
                9, false, 60_000);
    }
}
