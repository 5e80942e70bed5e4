package dev.interviewlab.review.web;

import dev.interviewlab.quiz.web.VisitorOwner;
import dev.interviewlab.review.ReviewService;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;

/** The home page's "N items due for review": the visitor's cards due now (the account's, or the browser's). */
@Component
public class DueReviews {

    private final ReviewService reviews;

    DueReviews(ReviewService reviews) {
        this.reviews = reviews;
    }

    public long forVisitor(HttpServletRequest request) {
        return VisitorOwner.of(request).map(reviews::dueCount).orElse(0L);
    }
}
