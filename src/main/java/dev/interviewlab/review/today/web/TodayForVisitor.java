package dev.interviewlab.review.today.web;

import dev.interviewlab.account.CurrentAccount;
import dev.interviewlab.account.DayPreferences;
import dev.interviewlab.account.SignedInAccount;
import dev.interviewlab.quiz.attempt.AttemptOwner;
import dev.interviewlab.quiz.web.VisitorOwner;
import dev.interviewlab.review.today.TodayService;
import dev.interviewlab.web.ReaderTimeZone;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * The Today figures of whoever asks: a signed-in learner's account in the profile's zone and goal; a guest's
 * browser (its learner cookie) in the browser's zone and the default goal.
 */
@Component
class TodayForVisitor {

    private final TodayService today;

    TodayForVisitor(TodayService today) {
        this.today = today;
    }

    Optional<AttemptOwner> owner(HttpServletRequest request) {
        return VisitorOwner.of(request);
    }

    TodayService.Overview overview(HttpServletRequest request) {
        int goal = CurrentAccount.find().map(SignedInAccount::dailyGoal).orElse(DayPreferences.DEFAULT_GOAL);
        return today.overview(owner(request), ReaderTimeZone.of(request), goal);
    }
}
