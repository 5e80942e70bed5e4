package dev.interviewlab.account;

import dev.interviewlab.account.throttling.TooManyAttemptsException;
import dev.interviewlab.web.InvalidInputException;
import dev.interviewlab.web.ReaderTimeZone;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.ZoneId;

/** The signed-in person's own account: profile, day settings, password. */
@Controller
@RequestMapping("/account")
class AccountController {

    private final AccountService accounts;
    private final SessionSignIn sessionSignIn;

    AccountController(AccountService accounts, SessionSignIn sessionSignIn) {
        this.accounts = accounts;
        this.sessionSignIn = sessionSignIn;
    }

    @GetMapping
    String account(@AuthenticationPrincipal SignedInAccount me, Model model, HttpServletRequest request) {
        return accountPage(me, request, model);
    }

    /**
     * The account page with the stored values; a refused form then puts its own values and errors over them.
     * The time zone select preselects the browser's zone while the profile sets none.
     */
    private String accountPage(SignedInAccount me, HttpServletRequest request, Model model) {
        Account account = accounts.find(me.accountId());
        model.addAttribute("account", account);
        model.addAttribute("displayName", account.getDisplayName());
        model.addAttribute("timeZones", DayPreferences.ZONES);
        model.addAttribute("timeZone", DayPreferences.zone(account.getTimeZone())
                .or(() -> ReaderTimeZone.fromBrowser(request)).map(ZoneId::getId)
                .filter(DayPreferences.ZONES::contains).orElse("UTC"));
        model.addAttribute("timeZoneSet", account.getTimeZone() != null);
        model.addAttribute("dailyGoal", Integer.toString(account.getDailyGoal()));
        return "account/account";
    }

    /** The Today page's settings: the zone days are counted in and the daily review goal. */
    @PostMapping("/day")
    String changeDay(@AuthenticationPrincipal SignedInAccount me, @RequestParam(defaultValue = "") String timeZone,
                     @RequestParam(defaultValue = "") String dailyGoal, Model model, HttpServletRequest request,
                     HttpServletResponse response) {
        try {
            accounts.changeDay(me.accountId(), timeZone, dailyGoal);
            sessionSignIn.refresh(accounts.find(me.accountId()), request, response);
            return "redirect:/account?daySaved";
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            String page = accountPage(me, request, model);
            // the refused values are shown again, each with its message
            model.addAttribute("timeZone", timeZone);
            model.addAttribute("dailyGoal", dailyGoal);
            e.problems().forEach(problem -> model.addAttribute(problem.field() + "Error", problem));
            return page;
        }
    }

    @PostMapping("/profile")
    String rename(@AuthenticationPrincipal SignedInAccount me, @RequestParam(defaultValue = "") String displayName,
                  Model model, HttpServletRequest request, HttpServletResponse response) {
        try {
            accounts.rename(me.accountId(), displayName);
            sessionSignIn.refresh(accounts.find(me.accountId()), request, response);
            return "redirect:/account?renamed";
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            String page = accountPage(me, request, model);
            model.addAttribute("displayName", displayName);
            model.addAttribute("displayNameError", e.problems().get(0));
            return page;
        }
    }

    @GetMapping("/password")
    String passwordForm(@ModelAttribute("form") PasswordForm form) {
        return "account/password";
    }

    @PostMapping("/password")
    String changePassword(@AuthenticationPrincipal SignedInAccount me, @ModelAttribute("form") PasswordForm form,
                          BindingResult errors, Model model, HttpServletRequest request, HttpServletResponse response) {
        try {
            accounts.changePassword(me.accountId(), form.getCurrentPassword(), form.getNewPassword(),
                    form.getConfirmation());
            sessionSignIn.refresh(accounts.find(me.accountId()), request, response);
            return "redirect:/account?passwordChanged";
        } catch (InvalidInputException e) {
            e.rejectInto(errors);
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return "account/password";
        } catch (TooManyAttemptsException e) {
            if (e.wasWrongPassword()) {
                errors.rejectValue("currentPassword", "account.error.password.current");
            }
            e.answer(response, model);
            return "account/password";
        }
    }
}
