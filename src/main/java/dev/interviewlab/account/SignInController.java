package dev.interviewlab.account;

import dev.interviewlab.web.InvalidInputException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/** The sign-in page (Spring Security handles its POST) and registration. */
@Controller
class SignInController {

    private final AccountService accounts;
    private final SessionSignIn sessionSignIn;

    SignInController(AccountService accounts, SessionSignIn sessionSignIn) {
        this.accounts = accounts;
        this.sessionSignIn = sessionSignIn;
    }

    @GetMapping("/login")
    String login() {
        return "account/login";
    }

    @GetMapping("/register")
    String registration(@ModelAttribute("form") RegistrationForm form) {
        return "account/register";
    }

    @PostMapping("/register")
    String register(@ModelAttribute("form") RegistrationForm form, BindingResult errors, HttpServletRequest request,
                    HttpServletResponse response) {
        try {
            Account account = accounts.register(form.getUsername(), form.getDisplayName(), form.getPassword(),
                    form.getConfirmation());
            sessionSignIn.signIn(account, request, response);
            return "redirect:/account?registered";
        } catch (InvalidInputException e) {
            e.rejectInto(errors);
            form.setPassword("");
            form.setConfirmation("");
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return "account/register";
        }
    }
}
