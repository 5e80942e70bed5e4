package dev.interviewlab.account;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * Puts the security headers on every answer before anything else runs, including the answers that
 * never reach Spring Security's header writers: a path its request firewall refuses ({@code //x},
 * {@code ;}), a body the size limit refuses, and the error pages those lead to. Spring Security's
 * writers leave a header already set alone, so each header appears once.
 */
class SecurityHeadersFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("Content-Security-Policy", SecurityConfiguration.CONTENT_SECURITY_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        chain.doFilter(request, response);
    }

    // the error page of a refused request is a new dispatch of the same response: the headers are still there
    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }
}
