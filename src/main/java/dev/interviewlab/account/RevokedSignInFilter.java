package dev.interviewlab.account;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * Signs out a session whose sign-in was revoked ({@link SignInRevocations}): the request goes on as a
 * guest's, and a remember-me cookie, if still valid, signs in again with the account as it is now.
 */
class RevokedSignInFilter extends OncePerRequestFilter {

    private final SignInRevocations revocations;

    RevokedSignInFilter(SignInRevocations revocations) {
        this.revocations = revocations;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof SignedInAccount account
                && account.revocations() < revocations.current(account.accountId())) {
            SecurityContextHolder.clearContext();
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
        }
        chain.doFilter(request, response);
    }
}
