package dev.interviewlab.progress;

import dev.interviewlab.account.AccountService;
import dev.interviewlab.account.SignedInAccount;
import dev.interviewlab.account.throttling.TooManyAttemptsException;
import dev.interviewlab.web.InvalidInputException;
import dev.interviewlab.web.InvalidInputException.FieldProblem;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.authentication.logout.CookieClearingLogoutHandler;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.nio.charset.StandardCharsets;

/** A learner's own data: take it away as JSON, or close the account and delete it all. */
@Controller
class PrivacyController {

    private final DataExport export;
    private final AccountService accounts;

    PrivacyController(DataExport export, AccountService accounts) {
        this.export = export;
        this.accounts = accounts;
    }

    @GetMapping("/account/export")
    ResponseEntity<byte[]> export(@AuthenticationPrincipal SignedInAccount me) {
        ContentDisposition attachment = ContentDisposition.attachment()
                .filename("interview-lab-" + me.getUsername() + ".json", StandardCharsets.UTF_8).build();
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment.toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(export.json(me.accountId()));
    }

    @GetMapping("/account/delete")
    String deleteForm() {
        return "progress/delete";
    }

    /**
     * Deletes the account and everything it owns once the password matches, then signs this
     * browser out (session, remember-me and learner cookies) and says goodbye.
     */
    @PostMapping("/account/delete")
    String delete(@AuthenticationPrincipal SignedInAccount me, @RequestParam(defaultValue = "") String password,
                  Authentication authentication, Model model, HttpServletRequest request, HttpServletResponse response) {
        try {
            accounts.delete(me.accountId(), password);
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("passwordError", e.problems().get(0));
            return "progress/delete";
        } catch (TooManyAttemptsException e) {
            if (e.wasWrongPassword()) {
                model.addAttribute("passwordError", FieldProblem.of("password", "account.error.password.current"));
            }
            e.answer(response, model);
            return "progress/delete";
        }
        new SecurityContextLogoutHandler().logout(request, response, authentication);
        new CookieClearingLogoutHandler("remember-me", "learner").logout(request, response, authentication);
        return "redirect:/goodbye";
    }

    @GetMapping("/goodbye")
    String goodbye() {
        return "progress/goodbye";
    }
}
