package dev.interviewlab.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.stereotype.Component;

/**
 * Signs an account into this browser's session without a login form: right after registering,
 * and again after a password change so the session holds the current account. Like form login,
 * it gives the session a new id (no session fixation), a new CSRF token, and tells the {@link SignInListener}s.
 */
@Component
class SessionSignIn {

    private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();
    private final SecurityContextRepository repository = new HttpSessionSecurityContextRepository();
    private final ObjectProvider<SignInListener> listeners;
    private final SignInRevocations revocations;
    // none without a web server (the command-line import)
    private final ObjectProvider<CsrfTokenRepository> csrfTokens;

    SessionSignIn(ObjectProvider<SignInListener> listeners, SignInRevocations revocations,
                  ObjectProvider<CsrfTokenRepository> csrfTokens) {
        this.listeners = listeners;
        this.revocations = revocations;
        this.csrfTokens = csrfTokens;
    }

    void signIn(Account account, HttpServletRequest request, HttpServletResponse response) {
        SignedInAccount principal = store(account, request, response);
        // like form login (CsrfAuthenticationStrategy): a token known before the sign-in is not good after it
        csrfTokens.ifAvailable(tokens -> tokens.saveToken(null, request, response));
        listeners.orderedStream().forEach(listener -> listener.signedIn(principal, request, response));
    }

    /** Replaces the session's principal (after a password or name change) without treating it as a new sign-in. */
    void refresh(Account account, HttpServletRequest request, HttpServletResponse response) {
        store(account, request, response);
    }

    private SignedInAccount store(Account account, HttpServletRequest request, HttpServletResponse response) {
        SignedInAccount principal = new SignedInAccount(account, revocations.current(account.getId()));
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        SecurityContext context = holder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
                principal.getAuthorities()));
        holder.setContext(context);
        repository.saveContext(context, request, response);
        return principal;
    }
}
