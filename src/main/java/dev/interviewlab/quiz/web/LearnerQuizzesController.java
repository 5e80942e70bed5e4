package dev.interviewlab.quiz.web;

import dev.interviewlab.account.Account;
import dev.interviewlab.account.AccountService;
import dev.interviewlab.quiz.attempt.AttemptOwner;
import dev.interviewlab.quiz.attempt.AttemptService;
import dev.interviewlab.quiz.attempt.AttemptSnapshot;
import dev.interviewlab.quiz.attempt.QuizHistory;
import dev.interviewlab.web.Language;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

import java.util.Locale;

/**
 * An admin looking at a learner's quiz history and results, read-only (only admins reach
 * {@code /admin/**}). The pages are the learner's own, with the learner named and every action
 * left out; an attempt must still belong to the account in the address, or it is "not found".
 */
@Controller
@RequestMapping("/admin/accounts/{accountId}")
class LearnerQuizzesController {

    private final AccountService accounts;
    private final AttemptService attempts;
    private final QuizHistory history;
    private final QuizViews views;
    private final MessageSource messages;

    LearnerQuizzesController(AccountService accounts, AttemptService attempts, QuizHistory history, QuizViews views,
                             MessageSource messages) {
        this.accounts = accounts;
        this.attempts = attempts;
        this.history = history;
        this.views = views;
        this.messages = messages;
    }

    @GetMapping("/history")
    String history(@PathVariable long accountId, Locale locale, Model model) {
        Account learner = accounts.find(accountId);
        model.addAttribute("inspected", learner);
        model.addAttribute("history", views.history(history.report(AttemptOwner.account(learner.getId())),
                Language.of(locale), messages.getMessage("quiz.history.chart.title", null, locale),
                messages.getMessage("quiz.history.chart.description", null, locale)));
        return "quiz/history";
    }

    /** A finished attempt's result; an open one has none yet, so the admin goes back to the history. */
    @GetMapping("/attempts/{attemptId}")
    String attempt(@PathVariable long accountId, @PathVariable String attemptId, Locale locale, Model model) {
        Account learner = accounts.find(accountId);
        AttemptSnapshot attempt = attempts.inspect(AttemptOwner.account(learner.getId()), attemptId);
        if (attempt.isOpen()) {
            return "redirect:/admin/accounts/" + learner.getId() + "/history";
        }
        model.addAttribute("inspected", learner);
        model.addAttribute("result", views.result(attempt, Language.of(locale)));
        return "quiz/result";
    }
}
