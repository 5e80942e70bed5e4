package dev.interviewlab.simulation.cache.engine;

/** What the clients do: an explicit trace, or operations drawn by a seeded generator. */
public sealed interface Workload permits GeneratedWorkload, TraceWorkload {
}
