package dev.interviewlab.simulation.tcp.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Settings as a user gives them, in a form or as JSON: every field may be missing (null), and a
 * missing field takes the preset's value ({@link TcpPreset#DEFAULT} when no preset is named).
 * {@link #resolve()} turns them into a {@link TcpScenario} or into field problems.
 */
public record TcpSettings(String preset, String profile, String opening, Long requestBytes, Long responseBytes,
                          String firstCloser, Long closeAtMs, String closeMode, Boolean peerCloses,
                          Long peerCloseDelayMs, Long bytesAfterEndOfStream, List<Long> lostSegments, Long delayMs,
                          Long mslMs, Long rtoMs, Long maxRetries, Long synRetries, Long synAckRetries,
                          Long finTimeoutMs, Boolean keepalive, Long keepaliveIdleMs, Long keepaliveIntervalMs,
                          Long keepaliveProbes, Boolean serverGoesDown, Long serverDownAtMs) {

    public TcpSettings {
        // nulls inside the list are kept so that resolve() can report them as a field problem
        lostSegments = lostSegments == null ? null : java.util.Collections.unmodifiableList(new ArrayList<>(lostSegments));
    }

    public static TcpSettings ofPreset(String preset) {
        return new TcpSettings(preset, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null);
    }

    /** Every field spelled out, as the settings form shows a run. */
    public static TcpSettings of(TcpScenario s) {
        return new TcpSettings(null, s.profile().key(), s.opening().key(), s.requestBytes(), s.responseBytes(),
                s.firstCloser().key(), s.closeAtMs(), s.closeMode().key(), s.peerCloses(), s.peerCloseDelayMs(),
                s.bytesAfterEndOfStream(), s.lostSegments(), s.delayMs(), s.mslMs(), s.rtoMs(), s.maxRetries(), s.synRetries(), s.synAckRetries(),
                s.finTimeoutMs(), s.keepalive(),
                s.keepaliveIdleMs(), s.keepaliveIntervalMs(), s.keepaliveProbes(), s.serverGoesDown(),
                s.serverDownAtMs());
    }

    /** The outcome of {@link #resolve()}. */
    public sealed interface Resolution {
    }

    /** @param preset the preset the settings start from (the default one if none was named) */
    public record Resolved(TcpScenario scenario, TcpPreset preset) implements Resolution {
    }

    public record Rejected(List<SettingProblem> problems) implements Resolution {

        public Rejected {
            problems = List.copyOf(problems);
        }
    }

    public Resolution resolve() {
        List<SettingProblem> problems = new ArrayList<>();
        TcpPreset base = TcpPreset.DEFAULT;
        if (preset != null && !preset.isBlank()) {
            Optional<TcpPreset> named = SettingChoice.parse(TcpPreset.class, preset.strip());
            if (named.isPresent()) {
                base = named.get();
            } else {
                problems.add(SettingProblem.of("preset", "tcp.error.choice", String.join(", ", SettingChoice.keys(TcpPreset.class))));
            }
        }
        TcpScenario b = base.scenario();
        TimerProfile profileValue = choice(problems, "profile", profile, TimerProfile.class, b.profile());
        Opening openingValue = choice(problems, "opening", opening, Opening.class, b.opening());
        FirstCloser closerValue = choice(problems, "firstCloser", firstCloser, FirstCloser.class, b.firstCloser());
        CloseMode modeValue = choice(problems, "closeMode", closeMode, CloseMode.class, b.closeMode());
        List<Long> lost = or(lostSegments, b.lostSegments());
        long request = or(requestBytes, b.requestBytes());
        long response = or(responseBytes, b.responseBytes());
        long closeAt = or(closeAtMs, b.closeAtMs());
        long peerDelay = or(peerCloseDelayMs, b.peerCloseDelayMs());
        long afterEndOfStream = or(bytesAfterEndOfStream, b.bytesAfterEndOfStream());
        long delay = or(delayMs, b.delayMs());
        long msl = or(mslMs, b.mslMs());
        long rto = or(rtoMs, b.rtoMs());
        long retries = or(maxRetries, b.maxRetries());
        long synRetriesValue = or(synRetries, b.synRetries());
        long synAckRetriesValue = or(synAckRetries, b.synAckRetries());
        long finTimeout = or(finTimeoutMs, b.finTimeoutMs());
        long idle = or(keepaliveIdleMs, b.keepaliveIdleMs());
        long interval = or(keepaliveIntervalMs, b.keepaliveIntervalMs());
        long probes = or(keepaliveProbes, b.keepaliveProbes());
        long downAt = or(serverDownAtMs, b.serverDownAtMs());
        if (lost.stream().anyMatch(java.util.Objects::isNull)) {
            problems.add(SettingProblem.of("lostSegments", "tcp.error.numberList"));
            lost = List.of();
        }
        problems.addAll(TcpScenario.problems(request, response, closeAt, peerDelay, afterEndOfStream, lost, delay, msl, rto, retries,
                synRetriesValue, synAckRetriesValue, finTimeout, idle, interval, probes, downAt));
        if (!problems.isEmpty()) {
            return new Rejected(problems);
        }
        return new Resolved(new TcpScenario(profileValue, openingValue, request, response, closerValue, closeAt,
                modeValue, or(peerCloses, b.peerCloses()), peerDelay, afterEndOfStream, lost, delay, msl, rto, retries, synRetriesValue,
                synAckRetriesValue, finTimeout,
                or(keepalive, b.keepalive()), idle, interval, probes, or(serverGoesDown, b.serverGoesDown()), downAt),
                base);
    }

    private static <E extends Enum<E> & SettingChoice> E choice(List<SettingProblem> problems, String field, String key,
                                                                Class<E> type, E fallback) {
        if (key == null || key.isBlank()) {
            return fallback;
        }
        return SettingChoice.parse(type, key.strip()).orElseGet(() -> {
            problems.add(SettingProblem.of(field, "tcp.error.choice", String.join(", ", SettingChoice.keys(type))));
            return fallback;
        });
    }

    private static <T> T or(T value, T fallback) {
        return value != null ? value : fallback;
    }

    /** Applies {@code change} to a copy; handy for tests and for overriding one setting. */
    public TcpSettings with(Function<Builder, Builder> change) {
        return change.apply(new Builder(this)).build();
    }

    /** A mutable copy of the settings, for {@link #with}. */
    public static final class Builder {
        private String preset, profile, opening, firstCloser, closeMode;
        private Long requestBytes, responseBytes, closeAtMs, peerCloseDelayMs, bytesAfterEndOfStream, delayMs, mslMs,
                rtoMs, maxRetries, synRetries, synAckRetries, finTimeoutMs, keepaliveIdleMs, keepaliveIntervalMs, keepaliveProbes, serverDownAtMs;
        private Boolean peerCloses, keepalive, serverGoesDown;
        private List<Long> lostSegments;

        Builder(TcpSettings s) {
            preset = s.preset; profile = s.profile; opening = s.opening; requestBytes = s.requestBytes;
            responseBytes = s.responseBytes; firstCloser = s.firstCloser; closeAtMs = s.closeAtMs;
            closeMode = s.closeMode; peerCloses = s.peerCloses; peerCloseDelayMs = s.peerCloseDelayMs;
            bytesAfterEndOfStream = s.bytesAfterEndOfStream;
            lostSegments = s.lostSegments; delayMs = s.delayMs; mslMs = s.mslMs; rtoMs = s.rtoMs;
            maxRetries = s.maxRetries; synRetries = s.synRetries; synAckRetries = s.synAckRetries;
            finTimeoutMs = s.finTimeoutMs; keepalive = s.keepalive;
            keepaliveIdleMs = s.keepaliveIdleMs; keepaliveIntervalMs = s.keepaliveIntervalMs;
            keepaliveProbes = s.keepaliveProbes; serverGoesDown = s.serverGoesDown; serverDownAtMs = s.serverDownAtMs;
        }

        public Builder preset(String v) { preset = v; return this; }
        public Builder profile(String v) { profile = v; return this; }
        public Builder opening(String v) { opening = v; return this; }
        public Builder requestBytes(long v) { requestBytes = v; return this; }
        public Builder responseBytes(long v) { responseBytes = v; return this; }
        public Builder firstCloser(String v) { firstCloser = v; return this; }
        public Builder closeAtMs(long v) { closeAtMs = v; return this; }
        public Builder closeMode(String v) { closeMode = v; return this; }
        public Builder peerCloses(boolean v) { peerCloses = v; return this; }
        public Builder peerCloseDelayMs(long v) { peerCloseDelayMs = v; return this; }
        public Builder bytesAfterEndOfStream(long v) { bytesAfterEndOfStream = v; return this; }
        public Builder lostSegments(Long... v) { lostSegments = List.of(v); return this; }
        public Builder delayMs(long v) { delayMs = v; return this; }
        public Builder mslMs(long v) { mslMs = v; return this; }
        public Builder rtoMs(long v) { rtoMs = v; return this; }
        public Builder maxRetries(long v) { maxRetries = v; return this; }
        public Builder synRetries(long v) { synRetries = v; return this; }
        public Builder synAckRetries(long v) { synAckRetries = v; return this; }
        public Builder finTimeoutMs(long v) { finTimeoutMs = v; return this; }
        public Builder keepalive(boolean v) { keepalive = v; return this; }
        public Builder keepaliveIdleMs(long v) { keepaliveIdleMs = v; return this; }
        public Builder keepaliveIntervalMs(long v) { keepaliveIntervalMs = v; return this; }
        public Builder keepaliveProbes(long v) { keepaliveProbes = v; return this; }
        public Builder serverGoesDown(boolean v) { serverGoesDown = v; return this; }
        public Builder serverDownAtMs(long v) { serverDownAtMs = v; return this; }

        TcpSettings build() {
            return new TcpSettings(preset, profile, opening, requestBytes, responseBytes, firstCloser, closeAtMs,
                    closeMode, peerCloses, peerCloseDelayMs, bytesAfterEndOfStream, lostSegments, delayMs, mslMs, rtoMs,
                    maxRetries, synRetries, synAckRetries, finTimeoutMs, keepalive, keepaliveIdleMs, keepaliveIntervalMs,
                    keepaliveProbes, serverGoesDown, serverDownAtMs);
        }
    }
}
