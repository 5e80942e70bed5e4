package dev.interviewlab.simulation.cache.engine;

/** A message argument that is itself a message key, for the web layer to translate (e.g. a strategy's name). */
public record MessageArg(String key) {
}
