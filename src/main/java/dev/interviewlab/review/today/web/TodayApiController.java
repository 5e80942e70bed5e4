package dev.interviewlab.review.today.web;

import dev.interviewlab.quiz.web.QuizViews;
import dev.interviewlab.review.today.DailyActivity;
import dev.interviewlab.review.today.TodayService;
import dev.interviewlab.web.ApiController;
import dev.interviewlab.web.Language;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code GET /api/review/today}: the Today page's figures as JSON, for the visitor (the signed-in account,
 * else the browser's learner cookie; a browser with neither gets zeros). Days are local to the reader's zone.
 */
@ApiController
@RestController
class TodayApiController {

    private final TodayForVisitor visitor;
    private final QuizViews views;

    TodayApiController(TodayForVisitor visitor, QuizViews views) {
        this.visitor = visitor;
        this.views = views;
    }

    /**
     * @param targetRetention the learner's target retention (0 to 1): a topic below it is weak
     * @param weakTopics      at most five topics below the target, weakest first; empty when none is
     * @param days            every day of the year shown, oldest first, today last
     */
    record Today(LocalDate date, String timeZone, long dueCount, Streak streak, double targetRetention,
                 List<WeakTopic> weakTopics, List<Day> days) {
    }

    /**
     * @param days             consecutive days ending today (or yesterday) whose trailing 7-day average met the goal
     * @param sevenDayAverage  reviews a day over the 7 days ending today
     * @param reviewsToKeepPace how many more reviews today would make today count
     */
    record Streak(int days, double sevenDayAverage, int goal, boolean todayCounts, int reviewsToKeepPace) {
    }

    /** @param meanRetrievability 0 to 1, the mean of R(t, S) over the topic's reviewed cards */
    record WeakTopic(String slug, String title, double meanRetrievability, int cards, String note, String review) {
    }

    record Day(LocalDate date, int reviews) {
    }

    @GetMapping("/api/review/today")
    Today today(HttpServletRequest request, Locale locale) {
        TodayService.Overview overview = visitor.overview(request);
        DailyActivity activity = overview.activity();
        List<Day> days = new ArrayList<>(DailyActivity.DAYS);
        for (LocalDate day = activity.firstShownDay(); !day.isAfter(activity.today()); day = day.plusDays(1)) {
            days.add(new Day(day, activity.count(day)));
        }
        var streak = overview.streak();
        Language language = Language.of(locale);
        return new Today(overview.today(), overview.zoneName(), overview.dueCount(),
                new Streak(streak.days(), Math.round(streak.sevenDayAverage() * 100) / 100.0, streak.goal(),
                        streak.todayKeepsPace(), streak.reviewsToKeepPace()),
                overview.weakTopics().targetRetention(),
                overview.weakTopics().weakest().stream().map(topic -> new WeakTopic(topic.topicSlug(),
                        views.topicTitle(topic.topicSlug(), language),
                        Math.round(topic.meanRetrievability() * 1000) / 1000.0, topic.cards(),
                        "/topics/" + topic.topicSlug(), "/review?topic=" + topic.topicSlug())).toList(),
                days);
    }
}
