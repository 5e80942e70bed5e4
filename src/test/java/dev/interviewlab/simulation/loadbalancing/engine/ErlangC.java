package dev.interviewlab.simulation.loadbalancing.engine;

/** Erlang C, the M/M/c queue's closed form, for the checks of the engine against queueing theory. */
public final class ErlangC {

    private ErlangC() {
    }

    /**
     * Mean waiting time in the queue, in ms: the probability of waiting C(c, a), a = λ/μ, over
     * (cμ − λ). With c = 1 it is M/M/1's ρ / (μ − λ).
     *
     * @param lambda arrivals per second
     * @param mu     services per second of one worker
     */
    public static double waitMs(int c, double lambda, double mu) {
        double a = lambda / mu;
        double rho = a / c;
        double term = 1;
        double sum = 1; // k = 0
        for (int k = 1; k < c; k++) {
            term *= a / k;
            sum += term;
        }
        double busy = term * a / c / (1 - rho); // a^c / c! / (1 − ρ)
        return 1000 * busy / (sum + busy) / (c * mu - lambda);
    }
}
