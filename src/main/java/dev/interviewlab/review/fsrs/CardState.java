package dev.interviewlab.review.fsrs;

/** Where a card is in FSRS's life cycle. A NEW card has no stability or difficulty yet. */
public enum CardState {
    NEW, LEARNING, REVIEW, RELEARNING
}
