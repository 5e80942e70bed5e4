package dev.interviewlab.review;

/** Where a review came from: an answer in a finished quiz, or a review session (a later increment). */
public enum ReviewSource {
    QUIZ, REVIEW
}
