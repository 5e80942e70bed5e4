package dev.interviewlab.simulation.tcp.web;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import dev.interviewlab.simulation.tcp.engine.TcpSettings;

import java.util.List;
import java.util.Map;

/**
 * The body of {@code POST /api/simulations/tcp}: a preset name and any settings to override, with
 * the names and units of the form (milliseconds, bytes, segment numbers).
 *
 * @param unknown properties that are not settings; a misspelt setting is reported, not ignored
 */
record TcpApiRequest(String preset, String profile, String opening, Long requestBytes, Long responseBytes,
                     String firstCloser, Long closeAtMs, String closeMode, Boolean peerCloses, Long peerCloseDelayMs,
                     Long bytesAfterEndOfStream, List<Long> lostSegments, Long delayMs, Long mslMs, Long rtoMs,
                     Long maxRetries, Long synRetries, Long synAckRetries, Long finTimeoutMs, Boolean keepalive,
                     Long keepaliveIdleMs, Long keepaliveIntervalMs, Long keepaliveProbes, Boolean serverGoesDown, Long serverDownAtMs, @JsonAnySetter Map<String, Object> unknown) {

    TcpApiRequest {
        unknown = unknown == null ? Map.of() : Map.copyOf(unknown);
    }

    TcpSettings toSettings() {
        return new TcpSettings(preset, profile, opening, requestBytes, responseBytes, firstCloser, closeAtMs, closeMode,
                peerCloses, peerCloseDelayMs, bytesAfterEndOfStream, lostSegments, delayMs, mslMs, rtoMs, maxRetries, synRetries, synAckRetries,
                finTimeoutMs, keepalive,
                keepaliveIdleMs, keepaliveIntervalMs, keepaliveProbes, serverGoesDown, serverDownAtMs);
    }
}
