package dev.interviewlab.review.web;

import dev.interviewlab.account.AccountDeletedEvent;
import dev.interviewlab.account.SignInListener;
import dev.interviewlab.account.SignedInAccount;
import dev.interviewlab.quiz.attempt.AttemptOwner;
import dev.interviewlab.quiz.web.VisitorOwner;
import dev.interviewlab.review.ReviewService;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** A guest's review cards follow its quiz attempts: to the account at sign-in, and away with a closed account. */
@Component
class GuestReviews implements SignInListener {

    private final ReviewService reviews;

    GuestReviews(ReviewService reviews) {
        this.reviews = reviews;
    }

    @Override
    public void signedIn(SignedInAccount account, HttpServletRequest request, HttpServletResponse response) {
        VisitorOwner.browser(request).ifPresent(browser -> reviews.transfer(browser, AttemptOwner.account(account.accountId())));
    }

    @EventListener
    void accountDeleted(AccountDeletedEvent event) {
        reviews.deleteAll(AttemptOwner.account(event.accountId()));
    }
}
