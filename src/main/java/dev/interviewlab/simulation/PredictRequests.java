package dev.interviewlab.simulation;

/** What the simulations' predict controllers read from a request the same way: the step asked, and a value shown back. */
public final class PredictRequests {

    private PredictRequests() {
    }

    /** A step number as typed, or null for anything that is not one (a 4xx, never a 500). */
    public static Integer step(String value) {
        String text = value == null ? "" : value.strip();
        return text.matches("\\d{1,6}") ? Integer.valueOf(text) : null;
    }

    /** A value as a message shows it back: at most 20 characters. */
    public static String shown(String value) {
        String text = value == null ? "" : value.strip();
        return text.length() <= 20 ? text : text.substring(0, 20) + "…";
    }
}
