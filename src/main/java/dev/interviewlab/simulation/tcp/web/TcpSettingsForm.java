package dev.interviewlab.simulation.tcp.web;

import dev.interviewlab.simulation.tcp.engine.SettingChoice;
import dev.interviewlab.simulation.tcp.engine.SettingProblem;
import dev.interviewlab.simulation.tcp.engine.TcpPreset;
import dev.interviewlab.simulation.tcp.engine.TcpScenario;
import dev.interviewlab.simulation.tcp.engine.TcpSettings;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The settings form as submitted (GET, so that a run's address reproduces it). Every field is
 * text, kept as typed so the form can show it again next to its error; an empty field means "the
 * preset's value", except the list of lost segments, where an empty field means "none".
 */
public class TcpSettingsForm {

    /** Field names in the order the form shows them; also the names of the JSON properties. */
    static final List<String> FIELDS = List.of("opening", "requestBytes", "responseBytes", "firstCloser", "closeAtMs",
            "closeMode", "peerCloses", "peerCloseDelayMs", "bytesAfterEndOfStream", "delayMs", "lostSegments", "profile",
            "mslMs", "rtoMs", "synRetries", "synAckRetries", "maxRetries", "finTimeoutMs", "keepalive", "keepaliveIdleMs",
            "keepaliveIntervalMs", "keepaliveProbes", "serverGoesDown", "serverDownAtMs");

    private String preset;
    private String profile;
    private String opening;
    private String requestBytes;
    private String responseBytes;
    private String firstCloser;
    private String closeAtMs;
    private String closeMode;
    private String peerCloses;
    private String peerCloseDelayMs;
    private String bytesAfterEndOfStream;
    private String lostSegments;
    private String delayMs;
    private String mslMs;
    private String rtoMs;
    private String maxRetries;
    private String synRetries;
    private String synAckRetries;
    private String finTimeoutMs;
    private String keepalive;
    private String keepaliveIdleMs;
    private String keepaliveIntervalMs;
    private String keepaliveProbes;
    private String serverGoesDown;
    private String serverDownAtMs;

    /** The form filled in with every setting of a scenario, as the page shows a run. */
    static TcpSettingsForm of(TcpScenario s) {
        TcpSettingsForm form = new TcpSettingsForm();
        form.profile = s.profile().key();
        form.opening = s.opening().key();
        form.requestBytes = Long.toString(s.requestBytes());
        form.responseBytes = Long.toString(s.responseBytes());
        form.firstCloser = s.firstCloser().key();
        form.closeAtMs = Long.toString(s.closeAtMs());
        form.closeMode = s.closeMode().key();
        form.peerCloses = Boolean.toString(s.peerCloses());
        form.peerCloseDelayMs = Long.toString(s.peerCloseDelayMs());
        form.bytesAfterEndOfStream = Long.toString(s.bytesAfterEndOfStream());
        form.lostSegments = s.lostSegments().stream().map(String::valueOf).collect(Collectors.joining(", "));
        form.delayMs = Long.toString(s.delayMs());
        form.mslMs = Long.toString(s.mslMs());
        form.rtoMs = Long.toString(s.rtoMs());
        form.maxRetries = Long.toString(s.maxRetries());
        form.synRetries = Long.toString(s.synRetries());
        form.synAckRetries = Long.toString(s.synAckRetries());
        form.finTimeoutMs = Long.toString(s.finTimeoutMs());
        form.keepalive = Boolean.toString(s.keepalive());
        form.keepaliveIdleMs = Long.toString(s.keepaliveIdleMs());
        form.keepaliveIntervalMs = Long.toString(s.keepaliveIntervalMs());
        form.keepaliveProbes = Long.toString(s.keepaliveProbes());
        form.serverGoesDown = Boolean.toString(s.serverGoesDown());
        form.serverDownAtMs = Long.toString(s.serverDownAtMs());
        return form;
    }

    /**
     * What the form shows after a rejected submission: the user's text where a field was sent, and
     * the preset's value where it was not (so no select silently falls back to its first option).
     */
    static Map<String, String> shownAfterRejection(TcpSettingsForm submitted) {
        TcpPreset base = submitted.preset == null ? TcpPreset.DEFAULT
                : SettingChoice.parse(TcpPreset.class, submitted.preset.strip()).orElse(TcpPreset.DEFAULT);
        Map<String, String> shown = of(base.scenario()).values();
        submitted.values().forEach((name, value) -> {
            if (value != null) {
                shown.put(name, value);
            }
        });
        return shown;
    }

    /** Every field by name, for the page to show. */
    Map<String, String> values() {
        Map<String, String> values = new java.util.LinkedHashMap<>();
        values.put("opening", opening);
        values.put("requestBytes", requestBytes);
        values.put("responseBytes", responseBytes);
        values.put("firstCloser", firstCloser);
        values.put("closeAtMs", closeAtMs);
        values.put("closeMode", closeMode);
        values.put("peerCloses", peerCloses);
        values.put("peerCloseDelayMs", peerCloseDelayMs);
        values.put("bytesAfterEndOfStream", bytesAfterEndOfStream);
        values.put("delayMs", delayMs);
        values.put("lostSegments", lostSegments);
        values.put("profile", profile);
        values.put("mslMs", mslMs);
        values.put("rtoMs", rtoMs);
        values.put("synRetries", synRetries);
        values.put("synAckRetries", synAckRetries);
        values.put("maxRetries", maxRetries);
        values.put("finTimeoutMs", finTimeoutMs);
        values.put("keepalive", keepalive);
        values.put("keepaliveIdleMs", keepaliveIdleMs);
        values.put("keepaliveIntervalMs", keepaliveIntervalMs);
        values.put("keepaliveProbes", keepaliveProbes);
        values.put("serverGoesDown", serverGoesDown);
        values.put("serverDownAtMs", serverDownAtMs);
        return values;
    }

    /** Reads the text fields into settings; text that is not a number or a yes/no becomes a problem. */
    TcpSettings toSettings(List<SettingProblem> problems) {
        Map<String, String> values = values();
        Function<String, Long> number = field -> parseNumber(field, values.get(field), problems);
        return new TcpSettings(blankToNull(preset), blankToNull(profile), blankToNull(opening), number.apply("requestBytes"),
                number.apply("responseBytes"), blankToNull(firstCloser), number.apply("closeAtMs"), blankToNull(closeMode),
                parseBoolean("peerCloses", peerCloses, problems), number.apply("peerCloseDelayMs"),
                number.apply("bytesAfterEndOfStream"), parseNumbers(lostSegments, problems), number.apply("delayMs"),
                number.apply("mslMs"), number.apply("rtoMs"),
                number.apply("maxRetries"), number.apply("synRetries"), number.apply("synAckRetries"),
                number.apply("finTimeoutMs"), parseBoolean("keepalive", keepalive, problems),
                number.apply("keepaliveIdleMs"), number.apply("keepaliveIntervalMs"), number.apply("keepaliveProbes"),
                parseBoolean("serverGoesDown", serverGoesDown, problems), number.apply("serverDownAtMs"));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static Long parseNumber(String field, String text, List<SettingProblem> problems) {
        String value = blankToNull(text);
        if (value == null) {
            return null;
        }
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            problems.add(new SettingProblem(field, "tcp.error.number", List.of()));
            return null;
        }
    }

    private static Boolean parseBoolean(String field, String text, List<SettingProblem> problems) {
        String value = blankToNull(text);
        if (value == null) {
            return null;
        }
        if (!value.equals("true") && !value.equals("false")) {
            problems.add(new SettingProblem(field, "tcp.error.boolean", List.of()));
            return null;
        }
        return Boolean.valueOf(value);
    }

    private static List<Long> parseNumbers(String text, List<SettingProblem> problems) {
        if (text == null) {
            return null; // the field was not sent: the preset's losses apply
        }
        List<Long> numbers = new ArrayList<>();
        for (String part : text.split("[,\\s]+")) {
            if (part.isEmpty()) {
                continue;
            }
            try {
                numbers.add(Long.parseLong(part));
            } catch (NumberFormatException e) {
                problems.add(new SettingProblem("lostSegments", "tcp.error.numberList", List.of()));
                return null;
            }
        }
        return numbers;
    }

    public String getPreset() { return preset; }
    public void setPreset(String preset) { this.preset = preset; }
    public String getProfile() { return profile; }
    public void setProfile(String profile) { this.profile = profile; }
    public String getOpening() { return opening; }
    public void setOpening(String opening) { this.opening = opening; }
    public String getRequestBytes() { return requestBytes; }
    public void setRequestBytes(String requestBytes) { this.requestBytes = requestBytes; }
    public String getResponseBytes() { return responseBytes; }
    public void setResponseBytes(String responseBytes) { this.responseBytes = responseBytes; }
    public String getFirstCloser() { return firstCloser; }
    public void setFirstCloser(String firstCloser) { this.firstCloser = firstCloser; }
    public String getCloseAtMs() { return closeAtMs; }
    public void setCloseAtMs(String closeAtMs) { this.closeAtMs = closeAtMs; }
    public String getCloseMode() { return closeMode; }
    public void setCloseMode(String closeMode) { this.closeMode = closeMode; }
    public String getPeerCloses() { return peerCloses; }
    public void setPeerCloses(String peerCloses) { this.peerCloses = peerCloses; }
    public String getPeerCloseDelayMs() { return peerCloseDelayMs; }
    public void setPeerCloseDelayMs(String peerCloseDelayMs) { this.peerCloseDelayMs = peerCloseDelayMs; }
    public String getBytesAfterEndOfStream() { return bytesAfterEndOfStream; }
    public void setBytesAfterEndOfStream(String bytesAfterEndOfStream) { this.bytesAfterEndOfStream = bytesAfterEndOfStream; }
    public String getLostSegments() { return lostSegments; }
    public void setLostSegments(String lostSegments) { this.lostSegments = lostSegments; }
    public String getDelayMs() { return delayMs; }
    public void setDelayMs(String delayMs) { this.delayMs = delayMs; }
    public String getMslMs() { return mslMs; }
    public void setMslMs(String mslMs) { this.mslMs = mslMs; }
    public String getRtoMs() { return rtoMs; }
    public void setRtoMs(String rtoMs) { this.rtoMs = rtoMs; }
    public String getMaxRetries() { return maxRetries; }
    public void setMaxRetries(String maxRetries) { this.maxRetries = maxRetries; }
    public String getSynRetries() { return synRetries; }
    public void setSynRetries(String synRetries) { this.synRetries = synRetries; }
    public String getSynAckRetries() { return synAckRetries; }
    public void setSynAckRetries(String synAckRetries) { this.synAckRetries = synAckRetries; }
    public String getFinTimeoutMs() { return finTimeoutMs; }
    public void setFinTimeoutMs(String finTimeoutMs) { this.finTimeoutMs = finTimeoutMs; }
    public String getKeepalive() { return keepalive; }
    public void setKeepalive(String keepalive) { this.keepalive = keepalive; }
    public String getKeepaliveIdleMs() { return keepaliveIdleMs; }
    public void setKeepaliveIdleMs(String keepaliveIdleMs) { this.keepaliveIdleMs = keepaliveIdleMs; }
    public String getKeepaliveIntervalMs() { return keepaliveIntervalMs; }
    public void setKeepaliveIntervalMs(String keepaliveIntervalMs) { this.keepaliveIntervalMs = keepaliveIntervalMs; }
    public String getKeepaliveProbes() { return keepaliveProbes; }
    public void setKeepaliveProbes(String keepaliveProbes) { this.keepaliveProbes = keepaliveProbes; }
    public String getServerGoesDown() { return serverGoesDown; }
    public void setServerGoesDown(String serverGoesDown) { this.serverGoesDown = serverGoesDown; }
    public String getServerDownAtMs() { return serverDownAtMs; }
    public void setServerDownAtMs(String serverDownAtMs) { this.serverDownAtMs = serverDownAtMs; }
}
