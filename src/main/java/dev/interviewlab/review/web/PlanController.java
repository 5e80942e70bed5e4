package dev.interviewlab.review.web;

import dev.interviewlab.quiz.attempt.AttemptOwner;
import dev.interviewlab.quiz.bank.QuestionBank;
import dev.interviewlab.review.InterviewPlans;
import dev.interviewlab.review.ReviewPreferencesService;
import dev.interviewlab.review.plan.InterviewRetention;
import dev.interviewlab.review.plan.ReviewPlan;
import dev.interviewlab.web.InvalidInputException;
import dev.interviewlab.web.Language;
import dev.interviewlab.web.ReaderTimeZone;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/**
 * {@code /review/plan}: the learner's desired retention and interview date, and the plan until that date as a
 * chart with a table. Days are the reader's ({@link ReaderTimeZone}).
 */
@Controller
@RequestMapping("/review/plan")
class PlanController {

    private final ReviewPreferencesService preferences;
    private final InterviewPlans plans;
    private final QuestionBank bank;
    private final MessageSource messages;

    PlanController(ReviewPreferencesService preferences, InterviewPlans plans, QuestionBank bank, MessageSource messages) {
        this.preferences = preferences;
        this.plans = plans;
        this.bank = bank;
        this.messages = messages;
    }

    @GetMapping
    String show(AttemptOwner owner, HttpServletRequest request, Locale locale, Model model) {
        model.addAttribute("form", PlanForm.of(preferences.settings(owner)));
        return page(owner, ReaderTimeZone.of(request), locale, model);
    }

    /** Saves the settings, then shows the plan (post, redirect, get); wrong fields come back with their errors. */
    @PostMapping
    String save(@ModelAttribute("form") PlanForm form, BindingResult binding, AttemptOwner owner, HttpServletRequest request,
                HttpServletResponse response, Locale locale, Model model) {
        ZoneId zone = ReaderTimeZone.of(request);
        try {
            preferences.save(owner, form.input(), zone);
        } catch (InvalidInputException e) {
            e.rejectInto(binding);
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return page(owner, zone, locale, model);
        }
        return "redirect:/review/plan";
    }

    private String page(AttemptOwner owner, ZoneId zone, Locale locale, Model model) {
        Language language = Language.of(locale);
        List<PlanPage.CategoryChoice> categories = bank.catalog().categories().stream()
                .map(category -> new PlanPage.CategoryChoice(category.slug(), category.name().in(language), category.total()))
                .toList();
        ReviewPlan plan = plans.plan(owner, zone).orElse(null);
        String chart = plan == null ? null : PlanChart.draw(plan, message("planner.chart.title", locale),
                message("planner.chart.desc", locale, plan.days().size(), plan.totalReviews(), plan.newItems()),
                message("planner.table.reviews", locale), message("planner.table.new", locale));
        model.addAttribute("page", new PlanPage(categories, zoneName(zone), plan, chart, InterviewRetention.FINAL_DAYS,
                InterviewRetention.FINAL_RETENTION));
        return "review/plan";
    }

    /** "UTC" rather than ZoneOffset.UTC's id "Z". */
    static String zoneName(ZoneId zone) {
        return zone.normalized().equals(java.time.ZoneOffset.UTC) ? "UTC" : zone.getId();
    }

    private String message(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}
