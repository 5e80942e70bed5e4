package dev.interviewlab.review.today.web;

import dev.interviewlab.quiz.web.ContinueQuiz;
import dev.interviewlab.review.today.ForgivingStreak;

import java.time.LocalDate;
import java.util.List;

/**
 * What /today shows.
 *
 * @param continueQuiz the newest open quiz attempt, or null
 * @param heatmapSvg   the heatmap, inline SVG drawn by {@link HeatmapSvg} (escaped there)
 * @param activeDays   the days of the year with reviews, newest first: the table under the heatmap
 * @param weakTopics   topics below the target, weakest first
 * @param targetRetention the learner's target retention in whole percent
 * @param allAboveTarget  topics were reviewed and none is below the target
 * @param reviewedTopics  topics with at least one reviewed card
 * @param signedIn     whether the goal and zone come from a profile the learner can change
 */
record TodayPage(LocalDate today, String zone, long dueCount, ContinueQuiz.Card continueQuiz, ForgivingStreak streak,
                 String sevenDayAverage, HeatmapSvg.Drawing heatmapSvg, int yearTotal, List<DayCount> activeDays,
                 List<WeakTopicRow> weakTopics, int targetRetention, boolean allAboveTarget, int reviewedTopics,
                 boolean signedIn) {

    record DayCount(LocalDate day, int count) {
    }

    /** @param retention mean retrievability in whole percent, rounded down */
    record WeakTopicRow(String slug, String title, int retention, int cards) {
    }
}
