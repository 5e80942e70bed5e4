package dev.interviewlab.admin;

import dev.interviewlab.account.AccountService;
import dev.interviewlab.account.Role;
import dev.interviewlab.quiz.attempt.AttemptService;
import dev.interviewlab.web.InvalidInputException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Account management for admins: every account with its role and number of quiz attempts, and role changes. */
@Controller
@RequestMapping("/admin/accounts")
class AccountAdminController {

    private final AccountService accounts;
    private final AttemptService attempts;

    AccountAdminController(AccountService accounts, AttemptService attempts) {
        this.accounts = accounts;
        this.attempts = attempts;
    }

    @GetMapping
    String list(Model model) {
        addList(model);
        return "admin/accounts";
    }

    @PostMapping("/{id}/role")
    String changeRole(@PathVariable long id, @RequestParam(defaultValue = "") String role, Model model,
                      HttpServletResponse response) {
        try {
            accounts.changeRole(id, role);
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("roleError", e.problems().get(0));
            model.addAttribute("roleErrorAccount", id);
            addList(model);
            return "admin/accounts";
        }
        return "redirect:/admin/accounts?roleChanged=" + id;
    }

    /** Two queries whatever the number of accounts: the accounts, then the attempt counts grouped. */
    private void addList(Model model) {
        model.addAttribute("accounts", accounts.all());
        model.addAttribute("attemptCounts", attempts.countPerAccount());
        model.addAttribute("roles", Role.values());
    }
}
