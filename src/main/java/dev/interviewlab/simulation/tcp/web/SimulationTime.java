package dev.interviewlab.simulation.tcp.web;

import java.util.Locale;

/** Writes a duration of simulated time compactly: 50 ms, 1.05 s, 2 min 3 s, 2 h 11 min 15.2 s. */
final class SimulationTime {

    private SimulationTime() {
    }

    static String format(long ms) {
        if (ms < 1_000) {
            return ms + " ms";
        }
        if (ms < 60_000) {
            return seconds(ms) + " s";
        }
        long hours = ms / 3_600_000;
        long minutes = ms % 3_600_000 / 60_000;
        long rest = ms % 60_000;
        StringBuilder text = new StringBuilder();
        if (hours > 0) {
            text.append(hours).append(" h ");
        }
        if (minutes > 0 || hours > 0 && rest > 0) {
            text.append(minutes).append(" min ");
        }
        if (rest > 0) {
            text.append(seconds(rest)).append(" s ");
        }
        return text.toString().strip();
    }

    private static String seconds(long ms) {
        String text = String.format(Locale.ROOT, "%.3f", ms / 1000.0);
        return text.replaceAll("0+$", "").replaceAll("\\.$", "");
    }
}
