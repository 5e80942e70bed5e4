package dev.interviewlab.simulation.gogc.engine;

/** A white object turned grey, and why. */
public record Shade(int object, ShadeCause cause) {
}
