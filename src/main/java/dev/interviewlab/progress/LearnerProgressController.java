package dev.interviewlab.progress;

import dev.interviewlab.account.AccountService;
import dev.interviewlab.web.Language;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import java.util.Locale;

/** An admin looking at a learner's progress, read-only (only admins reach {@code /admin/**}). */
@Controller
class LearnerProgressController {

    private final AccountService accounts;
    private final ProgressService progress;

    LearnerProgressController(AccountService accounts, ProgressService progress) {
        this.accounts = accounts;
        this.progress = progress;
    }

    @GetMapping("/admin/accounts/{accountId}/progress")
    String progress(@PathVariable long accountId, Locale locale, Model model) {
        model.addAttribute("inspected", accounts.find(accountId));
        model.addAttribute("progress", progress.report(accountId, Language.of(locale)));
        return "progress/progress";
    }
}
