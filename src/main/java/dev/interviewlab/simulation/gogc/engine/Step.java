package dev.interviewlab.simulation.gogc.engine;

/** A statement of the script and the line it came from. */
public record Step(int line, Statement statement) {
}
