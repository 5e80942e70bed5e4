package dev.interviewlab.quiz.analysis;

/**
 * One finished attempt's view of one item: the points the item earned and the rest of that
 * attempt's score, both in thousandths of a point (every question is worth one point).
 *
 * @param itemPointsMillis points on this item, 0 to 1000
 * @param restPointsMillis points on the attempt's other questions, 0 to {@code 1000 × restQuestions}
 * @param restQuestions    how many other questions the attempt had; at least 1
 */
public record ItemObservation(int itemPointsMillis, int restPointsMillis, int restQuestions) {

    public ItemObservation {
        if (itemPointsMillis < 0 || itemPointsMillis > 1000) {
            throw new IllegalArgumentException("an item earns 0 to 1000 thousandths of a point");
        }
        if (restQuestions < 1) {
            throw new IllegalArgumentException("the rest of the test needs at least one question");
        }
        if (restPointsMillis < 0 || restPointsMillis > 1000L * restQuestions) {
            throw new IllegalArgumentException("the rest of the test earns 0 to 1000 per question");
        }
    }

    /** The item's score as a fraction of its maximum (Moodle's x_i with x_min 0 and x_max 1). */
    double itemFraction() {
        return itemPointsMillis / 1000.0;
    }

    /**
     * The rest of the test (Moodle's X_i = T − x_i) as a fraction of its maximum. Quizzes here draw
     * different numbers of questions, so the rest is scaled to 0–1; for quizzes of one length this
     * is a linear change of Moodle's X_i, which leaves the correlation and the efficiency unchanged.
     */
    double restFraction() {
        return restPointsMillis / (1000.0 * restQuestions);
    }
}
