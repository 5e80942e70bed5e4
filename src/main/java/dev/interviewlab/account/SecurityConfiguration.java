package dev.interviewlab.account;

import dev.interviewlab.account.throttling.LoginThrottle;
import dev.interviewlab.account.throttling.LoginThrottleFilter;
import dev.interviewlab.account.throttling.ThrottledSignInFailure;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.server.servlet.CookieSameSiteSupplier;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.rememberme.PersistentTokenRepository;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.savedrequest.CookieRequestCache;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.io.IOException;
import java.time.Duration;

/**
 * Who may do what. Reading topics, searching, running simulations and taking quizzes are open to
 * everyone (a guest's quiz attempts belong to the browser until it signs in); the account pages
 * need a sign-in, editing needs an editor, account management an admin. Everything else is
 * refused to anonymous visitors, so a new page is private until it is listed here.
 */
// the command-line import runs without a web server, and so without sign-ins
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Configuration
class SecurityConfiguration {

    /** The Content-Security-Policy: scripts and styles from this site's files only, never inline. */
    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self'",
            "img-src 'self' data:",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    static final Duration REMEMBER_ME = Duration.ofDays(30);

    @Bean
    SecurityFilterChain web(HttpSecurity http, UserDetailsService users, PersistentTokenRepository tokens,
                            SignInSuccess signInSuccess, ApiAuthenticationProblems apiProblems,
                            SignInRevocations revocations, LoginThrottle throttle, ThrottledSignInFailure signInFailure,
                            CsrfTokenRepository csrfTokens, ObjectProvider<RequestMappingHandlerMapping> mappings)
            throws Exception {
        // where a guest was going when sent to sign in: a cookie (a relative address only), not a session
        CookieRequestCache requestCache = new CookieRequestCache();
        requestCache.setCookieCustomizer(cookie -> cookie.setAttribute("SameSite", "Lax"));
        // a custom success handler keeps its own (session) cache unless told otherwise
        signInSuccess.setRequestCache(requestCache);
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/assets/**", "/favicon.ico", "/error", "/error/**", "/actuator/health/**").permitAll()
                        .requestMatchers("/", "/topics", "/topics/*", "/categories/*", "/search").permitAll()
                        .requestMatchers("/topics/*/print", "/categories/*/print").permitAll()
                        .requestMatchers("/api/topics", "/api/topics/**", "/api/search").permitAll()
                        .requestMatchers("/simulations", "/simulations/**", "/api/simulations/**").permitAll()
                        .requestMatchers("/quizzes", "/quizzes/**", "/api/quizzes/**").permitAll()
                        .requestMatchers("/review", "/review/**", "/api/review/**").permitAll()
                        // a guest's own review history (the browser's learner cookie): /today sends a guest without one home
                        .requestMatchers("/today").permitAll()
                        .requestMatchers("/login", "/register", "/goodbye").permitAll()
                        .requestMatchers("/import", "/import/**", "/editor/**").hasRole(Role.EDITOR.name())
                        .requestMatchers("/admin/**").hasRole(Role.ADMIN.name())
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").successHandler(signInSuccess).failureHandler(signInFailure)
                        .permitAll())
                // repeated failures for a name or from an address wait, then lock (LoginThrottle)
                .addFilterBefore(new LoginThrottleFilter(throttle, signInFailure), UsernamePasswordAuthenticationFilter.class)
                .rememberMe(remember -> remember.tokenRepository(tokens).userDetailsService(users)
                        .tokenValiditySeconds((int) REMEMBER_ME.toSeconds()))
                // a new browser signs in as guest: its quiz attempts stayed with the account
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/?signedOut")
                        .deleteCookies("learner"))
                // the simulation API keeps no state and reads no cookie: a forged request changes nothing
                .csrf(csrf -> csrf.csrfTokenRepository(csrfTokens).ignoringRequestMatchers("/api/simulations/**"))
                .requestCache(cache -> cache.requestCache(requestCache))
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                // before remember-me, which then signs a remembered browser in with the account as it is now
                .addFilterAfter(new RevokedSignInFilter(revocations), SecurityContextHolderFilter.class)
                .exceptionHandling(errors -> errors
                        // an address nothing answers is "not found" for a guest too, not a reason to sign in
                        .defaultAuthenticationEntryPointFor((request, response, e) -> response.sendError(404),
                                new KnownAddresses(mappings).unknown())
                        .defaultAuthenticationEntryPointFor(apiProblems, ApiAuthenticationProblems.API)
                        .defaultAccessDeniedHandlerFor(apiProblems, ApiAuthenticationProblems.API)
                        // with a single handler Spring Security would use the API's for pages too (raw JSON)
                        .defaultAccessDeniedHandlerFor(SecurityConfiguration::pageAccessDenied, AnyRequestMatcher.INSTANCE))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        .frameOptions(frame -> frame.deny()));
        return http.build();
    }

    /**
     * The CSRF token lives in a cookie instead of the session, so a guest who only reads (forms
     * included) creates no server state: a session exists only from sign-in on. The cookie is
     * HttpOnly and SameSite=Lax (Secure over HTTPS); a change must repeat the token in the form's
     * {@code _csrf} field or the {@code X-CSRF-TOKEN} header, which another site's page cannot read.
     * Pages carry the token masked per response (BREACH); it is replaced at every sign-in.
     */
    @Bean
    CsrfTokenRepository csrfTokenRepository() {
        CookieCsrfTokenRepository tokens = new CookieCsrfTokenRepository();
        tokens.setHeaderName("X-CSRF-TOKEN");
        tokens.setCookieCustomizer(cookie -> cookie.sameSite("Lax"));
        return tokens;
    }

    /** A page refused: the site's 403 page (templates/error/403.html), which says so when the form's token was wrong. */
    private static void pageAccessDenied(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException, ServletException {
        if (e instanceof CsrfException) {
            request.setAttribute("csrfRefused", true);
        }
        new AccessDeniedHandlerImpl().handle(request, response, e);
    }

    /** In front of every other filter, Spring Security's included (see {@link SecurityHeadersFilter}). */
    @Bean
    FilterRegistrationBean<SecurityHeadersFilter> securityHeaders() {
        FilterRegistrationBean<SecurityHeadersFilter> registration = new FilterRegistrationBean<>(new SecurityHeadersFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR, DispatcherType.FORWARD,
                DispatcherType.ASYNC);
        return registration;
    }

    /**
     * No observation around each of Spring Security's filters, nor its authentication and authorization.
     * Turning the observations off by property only made them no-ops: every filter of every request was still
     * wrapped in one, a lookup and a predicate check per filter (docs/benchmarks/performance.md, sixth pass). The
     * site has no metrics registry any more (pom.xml, seventh pass); this keeps the filters unwrapped should one be
     * added.
     */
    @Bean
    static SecurityObservationSettings noSecurityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    /** The remember-me cookie is not sent by other sites' forms either, like the session cookie. */
    @Bean
    CookieSameSiteSupplier rememberMeSameSite() {
        return CookieSameSiteSupplier.ofLax().whenHasName("remember-me");
    }

    /** An admin can do all an editor can, an editor all a learner can. */
    @Bean
    static RoleHierarchy roleHierarchy() {
        return RoleHierarchyImpl.withDefaultRolePrefix()
                .role(Role.ADMIN.name()).implies(Role.EDITOR.name())
                .role(Role.EDITOR.name()).implies(Role.LEARNER.name())
                .build();
    }
}
