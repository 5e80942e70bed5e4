package dev.interviewlab.review.fsrs;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

/**
 * FSRS-6 (Free Spaced Repetition Scheduler, Jarrett Ye et al.), written from the formulas in
 * open-spaced-repetition's wiki "The Algorithm" and checked against java-fsrs 1.0.0 / py-fsrs 6.
 * Learning steps 1 min and 10 min, one relearning step of 10 min, at most 36,500 days, no fuzz:
 * the same card, grade and time always give the same result. The time of a review is passed in;
 * nothing here reads a clock.
 */
public final class FsrsScheduler {

    public static final double DEFAULT_RETENTION = 0.90;
    public static final double MIN_RETENTION = 0.70;
    public static final double MAX_RETENTION = 0.97;

    static final List<Duration> LEARNING_STEPS = List.of(Duration.ofMinutes(1), Duration.ofMinutes(10));
    static final List<Duration> RELEARNING_STEPS = List.of(Duration.ofMinutes(10));
    static final int MAX_INTERVAL_DAYS = 36_500;
    private static final double MIN_STABILITY = 0.001;

    private final FsrsParameters parameters;
    private final double desiredRetention;
    private final double decay;
    private final double factor;

    public FsrsScheduler(FsrsParameters parameters, double desiredRetention) {
        this.parameters = Objects.requireNonNull(parameters, "parameters");
        if (!(desiredRetention >= MIN_RETENTION && desiredRetention <= MAX_RETENTION)) {
            throw new IllegalArgumentException("desired retention must be between %.2f and %.2f, was %s"
                    .formatted(MIN_RETENTION, MAX_RETENTION, desiredRetention));
        }
        this.desiredRetention = desiredRetention;
        this.decay = -parameters.w(20);
        // chosen so that R(S, S) = 0.9: stability is the interval at 90 % recall
        this.factor = Math.pow(0.9, 1 / decay) - 1;
    }

    public static FsrsScheduler withDefaults() {
        return new FsrsScheduler(FsrsParameters.DEFAULT, DEFAULT_RETENTION);
    }

    /** The same weights aiming at another retention (a learner's own, or the raise before an interview). */
    public FsrsScheduler withRetention(double retention) {
        return new FsrsScheduler(parameters, retention);
    }

    public double desiredRetention() {
        return desiredRetention;
    }

    /** The probability of recall at {@code at}: R(t, S) = (1 + factor · t / S)^decay, t in whole days; 0 for a new card. */
    public double retrievability(CardSchedule card, Instant at) {
        if (card.lastReview() == null) {
            return 0;
        }
        return Math.pow(1 + factor * elapsedDays(card, at) / card.stability(), decay);
    }

    public Review review(CardSchedule card, Grade grade, Instant at) {
        Objects.requireNonNull(card, "card");
        Objects.requireNonNull(grade, "grade");
        Objects.requireNonNull(at, "at");
        int elapsed = elapsedDays(card, at);
        boolean sameDay = card.lastReview() != null && elapsed < 1;
        double stability;
        double difficulty;
        if (card.state() == CardState.NEW) {
            stability = initialStability(grade);
            difficulty = initialDifficulty(grade);
        } else {
            stability = sameDay ? shortTermStability(card.stability(), grade)
                    : nextStability(card.difficulty(), card.stability(), retrievability(card, at), grade);
            difficulty = nextDifficulty(card.difficulty(), grade);
        }
        CardSchedule after = switch (card.state()) {
            case NEW, LEARNING -> stepped(CardState.LEARNING, LEARNING_STEPS, card.step(), grade, stability, difficulty, at);
            case RELEARNING -> stepped(CardState.RELEARNING, RELEARNING_STEPS, card.step(), grade, stability, difficulty, at);
            case REVIEW -> grade == Grade.AGAIN
                    ? new CardSchedule(CardState.RELEARNING, 0, stability, difficulty, at.plus(RELEARNING_STEPS.get(0)), at)
                    : reviewing(stability, difficulty, at);
        };
        return new Review(card, grade, at, elapsed, after);
    }

    /**
     * The (re)learning steps: Again goes back to the first step, Hard repeats the current one (on the
     * first step: halfway to the second, or 1.5 × a single step), Good moves on and graduates after
     * the last step, Easy graduates at once.
     */
    private CardSchedule stepped(CardState state, List<Duration> steps, int step, Grade grade, double stability,
                                 double difficulty, Instant at) {
        if (step >= steps.size() && grade.isRecall()) { // scheduled with more steps than there are now
            return reviewing(stability, difficulty, at);
        }
        return switch (grade) {
            case AGAIN -> new CardSchedule(state, 0, stability, difficulty, at.plus(steps.get(0)), at);
            case HARD -> new CardSchedule(state, step, stability, difficulty, at.plus(hardStep(steps, step)), at);
            case GOOD -> step + 1 >= steps.size() ? reviewing(stability, difficulty, at)
                    : new CardSchedule(state, step + 1, stability, difficulty, at.plus(steps.get(step + 1)), at);
            case EASY -> reviewing(stability, difficulty, at);
        };
    }

    private static Duration hardStep(List<Duration> steps, int step) {
        if (step > 0) {
            return steps.get(step);
        }
        return steps.size() == 1 ? steps.get(0).multipliedBy(3).dividedBy(2)
                : steps.get(0).plus(steps.get(1)).dividedBy(2);
    }

    private CardSchedule reviewing(double stability, double difficulty, Instant at) {
        return new CardSchedule(CardState.REVIEW, null, stability, difficulty, at.plus(Duration.ofDays(intervalDays(stability))), at);
    }

    /** I(r, S) = S / factor · (r^(1/decay) − 1), rounded, between 1 and {@value #MAX_INTERVAL_DAYS} days. */
    int intervalDays(double stability) {
        long days = Math.round(stability / factor * (Math.pow(desiredRetention, 1 / decay) - 1));
        return (int) Math.min(Math.max(days, 1), MAX_INTERVAL_DAYS);
    }

    /** S0(G) = w[G−1]. */
    private double initialStability(Grade grade) {
        return Math.max(parameters.w(grade.value() - 1), MIN_STABILITY);
    }

    /** D0(G) = w4 − e^(w5·(G−1)) + 1. */
    private double initialDifficulty(Grade grade) {
        return clampDifficulty(parameters.w(4) - Math.exp(parameters.w(5) * (grade.value() - 1)) + 1);
    }

    /** D' = w7·D0(Easy) + (1 − w7)·(D + ΔD·(10 − D)/9), ΔD = −w6·(G − 3): linear damping, then mean reversion. */
    private double nextDifficulty(double difficulty, Grade grade) {
        double delta = -parameters.w(6) * (grade.value() - 3);
        double damped = difficulty + delta * (10 - difficulty) / 9;
        return clampDifficulty(parameters.w(7) * initialDifficulty(Grade.EASY) + (1 - parameters.w(7)) * damped);
    }

    /** Same-day review: S' = S · e^(w17·(G − 3 + w18)) · S^(−w19), never shrinking on Good or Easy. */
    private double shortTermStability(double stability, Grade grade) {
        double increase = Math.exp(parameters.w(17) * (grade.value() - 3 + parameters.w(18))) * Math.pow(stability, -parameters.w(19));
        if (grade == Grade.GOOD || grade == Grade.EASY) {
            increase = Math.max(increase, 1);
        }
        return Math.max(stability * increase, MIN_STABILITY);
    }

    private double nextStability(double difficulty, double stability, double retrievability, Grade grade) {
        double next = grade == Grade.AGAIN ? forgetStability(difficulty, stability, retrievability)
                : recallStability(difficulty, stability, retrievability, grade);
        return Math.max(next, MIN_STABILITY);
    }

    /** S'r = S · (1 + e^w8 · (11 − D) · S^(−w9) · (e^(w10·(1 − R)) − 1) · hard penalty w15 · easy bonus w16). */
    private double recallStability(double difficulty, double stability, double retrievability, Grade grade) {
        double hardPenalty = grade == Grade.HARD ? parameters.w(15) : 1;
        double easyBonus = grade == Grade.EASY ? parameters.w(16) : 1;
        return stability * (1 + Math.exp(parameters.w(8)) * (11 - difficulty) * Math.pow(stability, -parameters.w(9))
                * (Math.exp((1 - retrievability) * parameters.w(10)) - 1) * hardPenalty * easyBonus);
    }

    /** S'f = min(w11 · D^(−w12) · ((S + 1)^w13 − 1) · e^(w14·(1 − R)), S / e^(w17·w18)). */
    private double forgetStability(double difficulty, double stability, double retrievability) {
        double longTerm = parameters.w(11) * Math.pow(difficulty, -parameters.w(12))
                * (Math.pow(stability + 1, parameters.w(13)) - 1) * Math.exp((1 - retrievability) * parameters.w(14));
        double shortTerm = stability / Math.exp(parameters.w(17) * parameters.w(18));
        return Math.min(longTerm, shortTerm);
    }

    private static double clampDifficulty(double difficulty) {
        return Math.min(Math.max(difficulty, 1), 10);
    }

    private static int elapsedDays(CardSchedule card, Instant at) {
        return card.lastReview() == null ? 0 : (int) Math.max(0, ChronoUnit.DAYS.between(card.lastReview(), at));
    }
}
