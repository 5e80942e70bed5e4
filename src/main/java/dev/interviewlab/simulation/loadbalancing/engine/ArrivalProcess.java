package dev.interviewlab.simulation.loadbalancing.engine;

/** How requests arrive at the balancer. */
public enum ArrivalProcess implements Choice {
    /** Exponential gaps with the given mean rate: arrivals at random, as many independent clients make. */
    POISSON,
    /** One request every 1/rate seconds exactly. */
    FIXED
}
