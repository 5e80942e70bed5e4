package dev.interviewlab.account;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;

import java.io.IOException;

/**
 * After a sign-in: hands the guest's work to the account, then goes back to the page that asked
 * for the sign-in (else to /today, the signed-in home) — or to the password form when the password was a one-time one.
 */
@Component
class SignInSuccess extends SavedRequestAwareAuthenticationSuccessHandler {

    private final ObjectProvider<SignInListener> listeners;

    SignInSuccess(ObjectProvider<SignInListener> listeners) {
        this.listeners = listeners;
        setDefaultTargetUrl("/today");
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                                        Authentication authentication) throws ServletException, IOException {
        if (authentication.getPrincipal() instanceof SignedInAccount account) {
            listeners.orderedStream().forEach(listener -> listener.signedIn(account, request, response));
            if (account.passwordChangeRequired()) {
                getRedirectStrategy().sendRedirect(request, response, PasswordChangeRequired.PASSWORD_PAGE);
                return;
            }
        }
        super.onAuthenticationSuccess(request, response, authentication);
    }
}
