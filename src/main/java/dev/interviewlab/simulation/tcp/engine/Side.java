package dev.interviewlab.simulation.tcp.engine;

import java.util.Locale;

/** The two endpoints of the conversation. */
public enum Side {
    CLIENT, SERVER;

    public Side peer() {
        return this == CLIENT ? SERVER : CLIENT;
    }

    /** The name used in the JSON API and in message keys: {@code client} or {@code server}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
