package dev.interviewlab.quiz.web;

import dev.interviewlab.account.CurrentAccount;
import dev.interviewlab.quiz.attempt.AttemptOwner;
import jakarta.servlet.http.HttpServletRequest;

import java.util.Optional;

/**
 * Whose quiz data a request sees: a signed-in visitor's account, else the browser's learner cookie.
 * Only reads: a browser without the cookie owns nothing and is not given one here.
 */
public final class VisitorOwner {

    private VisitorOwner() {
    }

    public static Optional<AttemptOwner> of(HttpServletRequest request) {
        return CurrentAccount.find().map(account -> AttemptOwner.account(account.accountId()))
                .or(() -> browser(request));
    }

    /** The browser's own owner, whether or not someone is signed in (what moves to an account at sign-in). */
    public static Optional<AttemptOwner> browser(HttpServletRequest request) {
        return LearnerCookie.existingLearnerId(request).map(AttemptOwner::browser);
    }
}
