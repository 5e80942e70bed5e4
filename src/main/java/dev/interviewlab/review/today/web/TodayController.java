package dev.interviewlab.review.today.web;

import dev.interviewlab.account.CurrentAccount;
import dev.interviewlab.quiz.web.ContinueQuiz;
import dev.interviewlab.quiz.web.QuizViews;
import dev.interviewlab.review.today.DailyActivity;
import dev.interviewlab.review.today.TodayService;
import dev.interviewlab.web.Language;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code /today}, the signed-in home: what is due, the open quiz, the year of reviews, the forgiving streak
 * and the weakest topics. A guest whose browser has quiz or review history (the learner cookie) sees its own;
 * a guest without any is sent to the home page, as there is nothing to show.
 */
@Controller
class TodayController {

    private final TodayForVisitor visitor;
    private final ContinueQuiz continueQuiz;
    private final QuizViews views;
    private final MessageSource messages;

    TodayController(TodayForVisitor visitor, ContinueQuiz continueQuiz, QuizViews views, MessageSource messages) {
        this.visitor = visitor;
        this.continueQuiz = continueQuiz;
        this.views = views;
        this.messages = messages;
    }

    @GetMapping("/today")
    String today(HttpServletRequest request, Locale locale, Model model) {
        if (visitor.owner(request).isEmpty()) {
            return "redirect:/";
        }
        Language language = Language.of(locale);
        TodayService.Overview overview = visitor.overview(request);
        DailyActivity activity = overview.activity();
        List<TodayPage.DayCount> active = new ArrayList<>();
        for (var day = activity.today(); !day.isBefore(activity.firstShownDay()); day = day.minusDays(1)) {
            if (activity.count(day) > 0) {
                active.add(new TodayPage.DayCount(day, activity.count(day)));
            }
        }
        List<TodayPage.WeakTopicRow> weak = overview.weakTopics().stream()
                .map(topic -> new TodayPage.WeakTopicRow(topic.topicSlug(), views.topicTitle(topic.topicSlug(), language),
                        (int) Math.round(topic.meanRetrievability() * 100), topic.cards()))
                .toList();
        model.addAttribute("page", new TodayPage(overview.today(), overview.zoneName(), overview.dueCount(),
                continueQuiz.forVisitor(request, language).orElse(null), overview.streak(),
                oneDecimal(overview.streak().sevenDayAverage()),
                HeatmapSvg.render(overview.heatmap(), activity, messages, locale), activity.total(), active, weak,
                CurrentAccount.find().isPresent()));
        return "review/today";
    }

    static String oneDecimal(double value) {
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).toPlainString();
    }
}
