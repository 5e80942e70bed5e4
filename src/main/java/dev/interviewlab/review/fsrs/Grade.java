package dev.interviewlab.review.fsrs;

/** How well the learner recalled a card; FSRS's rating G is {@link #value()} (1 to 4). */
public enum Grade {
    AGAIN(1), HARD(2), GOOD(3), EASY(4);

    private final int value;

    Grade(int value) {
        this.value = value;
    }

    public int value() {
        return value;
    }

    boolean isRecall() {
        return this != AGAIN;
    }
}
