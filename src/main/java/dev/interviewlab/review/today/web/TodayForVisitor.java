package dev.interviewlab.review.today.web;

import dev.interviewlab.account.CurrentAccount;
import dev.interviewlab.account.DayPreferences;
import dev.interviewlab.account.SignedInAccount;
import dev.interviewlab.quiz.attempt.AttemptOwner;
import dev.interviewlab.quiz.web.ContinueQuiz;
import dev.interviewlab.quiz.web.VisitorOwner;
import dev.interviewlab.review.today.TodayService;
import dev.interviewlab.web.Language;
import dev.interviewlab.web.ReaderTimeZone;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.Optional;

/**
 * The Today figures of whoever asks: a signed-in learner's account in the profile's zone and goal; a guest's
 * browser (its learner cookie) in the browser's zone and the default goal.
 */
@Component
class TodayForVisitor {

    private final TodayService today;
    private final ContinueQuiz continueQuiz;

    TodayForVisitor(TodayService today, ContinueQuiz continueQuiz) {
        this.today = today;
        this.continueQuiz = continueQuiz;
    }

    /** @param continueQuiz the visitor's newest open quiz attempt */
    record Visit(TodayService.Overview overview, Optional<ContinueQuiz.Card> continueQuiz) {
    }

    Optional<AttemptOwner> owner(HttpServletRequest request) {
        return VisitorOwner.of(request);
    }

    TodayService.Overview overview(HttpServletRequest request) {
        int goal = CurrentAccount.find().map(SignedInAccount::dailyGoal).orElse(DayPreferences.DEFAULT_GOAL);
        return today.overview(owner(request), ReaderTimeZone.of(request), goal);
    }

    /** The page's reads in one read-only transaction: one connection, one commit, instead of one per service. */
    @Transactional(readOnly = true)
    public Visit visit(HttpServletRequest request, Language language) {
        return new Visit(overview(request), continueQuiz.forVisitor(request, language));
    }
}
