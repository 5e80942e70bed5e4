package dev.interviewlab.review;

/**
 * Where a review came from: an answer in a finished quiz, a review session, or a missed prediction in a
 * simulation's predict mode (which files a scenario card).
 */
public enum ReviewSource {
    QUIZ, REVIEW, PREDICT
}
