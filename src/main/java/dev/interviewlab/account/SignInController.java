package dev.interviewlab.account;

import dev.interviewlab.account.throttling.RegistrationThrottle;
import dev.interviewlab.account.throttling.SignInWait;
import dev.interviewlab.account.throttling.TooManyAttemptsException;
import dev.interviewlab.web.InvalidInputException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in page (Spring Security handles its POST) and registration. */
@Controller
class SignInController {

    private final AccountService accounts;
    private final SessionSignIn sessionSignIn;
    private final RegistrationThrottle registrations;

    SignInController(AccountService accounts, SessionSignIn sessionSignIn, RegistrationThrottle registrations) {
        this.accounts = accounts;
        this.sessionSignIn = sessionSignIn;
        this.registrations = registrations;
    }

    /** @param blocked seconds to wait, as the throttled sign-in's redirect gives them (never from a session) */
    @GetMapping("/login")
    String login(@RequestParam(name = "blocked", required = false) String blocked, Model model) {
        SignInWait.parse(blocked).ifPresent(wait -> model.addAttribute("signInWait", wait));
        return "account/login";
    }

    @GetMapping("/register")
    String registration(@ModelAttribute("form") RegistrationForm form) {
        return "account/register";
    }

    @PostMapping("/register")
    String register(@ModelAttribute("form") RegistrationForm form, BindingResult errors, Model model,
                    HttpServletRequest request, HttpServletResponse response) {
        try {
            // one address creating accounts by the dozen waits, like repeated failed sign-ins
            registrations.checkAllowed(request.getRemoteAddr());
            Account account = accounts.register(form.getUsername(), form.getDisplayName(), form.getPassword(),
                    form.getConfirmation());
            registrations.registered(request.getRemoteAddr());
            sessionSignIn.signIn(account, request, response);
            return "redirect:/account?registered";
        } catch (InvalidInputException e) {
            e.rejectInto(errors);
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        } catch (TooManyAttemptsException e) {
            e.answer(response, model);
        }
        form.setPassword("");
        form.setConfirmation("");
        return "account/register";
    }
}
