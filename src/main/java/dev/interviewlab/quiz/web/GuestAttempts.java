package dev.interviewlab.quiz.web;

import dev.interviewlab.account.AccountDeletedEvent;
import dev.interviewlab.account.SignInListener;
import dev.interviewlab.account.SignedInAccount;
import dev.interviewlab.quiz.attempt.AttemptOwner;
import dev.interviewlab.quiz.attempt.AttemptService;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A guest's attempts belong to the browser's learner cookie; when that browser registers or
 * signs in, they become the account's, and a closed account takes its attempts with it.
 */
@Component
class GuestAttempts implements SignInListener {

    private final AttemptService attempts;

    GuestAttempts(AttemptService attempts) {
        this.attempts = attempts;
    }

    @Override
    public void signedIn(SignedInAccount account, HttpServletRequest request, HttpServletResponse response) {
        LearnerCookie.existingLearnerId(request).ifPresent(learnerId ->
                attempts.transfer(AttemptOwner.browser(learnerId), AttemptOwner.account(account.accountId())));
    }

    @EventListener
    void accountDeleted(AccountDeletedEvent event) {
        attempts.deleteAll(AttemptOwner.account(event.accountId()));
    }
}
