package dev.interviewlab.review.api;

/** The learner has no interview date ahead, so there is no plan (404). */
class NoPlanException extends RuntimeException {

    NoPlanException() {
        super("No interview plan");
    }
}
