package dev.interviewlab.quiz.attempt;

/** How an attempt was finished; the result page says which. */
public enum FinishReason {
    /** The learner submitted before the deadline (or, untimed, whenever). */
    SUBMITTED,
    /** Submitted as time ran out, by the page's countdown or the learner, within the grace. */
    TIME_UP,
    /** Left open past deadline + grace; the server closed it on the next access or by its sweep. */
    EXPIRED;

    public String messageKey() {
        return "quiz.finish." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
