package dev.interviewlab.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * An account signed in with a one-time password (the generated first admin) sees only the password
 * form until it has chosen its own password.
 */
class PasswordChangeRequired implements HandlerInterceptor {

    static final String PASSWORD_PAGE = "/account/password";

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) throws Exception {
        boolean mustChange = CurrentAccount.find().map(SignedInAccount::passwordChangeRequired).orElse(false);
        if (mustChange && !request.getRequestURI().equals(PASSWORD_PAGE)) {
            response.sendRedirect(request.getContextPath() + PASSWORD_PAGE);
            return false;
        }
        return true;
    }
}
