package dev.interviewlab.account;

import dev.interviewlab.account.throttling.LoginThrottleConfiguration;
import dev.interviewlab.account.throttling.ThrottleTestDatabase;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.authentication.rememberme.InMemoryTokenRepositoryImpl;
import org.springframework.security.web.authentication.rememberme.PersistentTokenRepository;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The site's real security rules in a {@code @WebMvcTest} slice (which would otherwise get Spring
 * Boot's default of "everything needs a sign-in"), with accounts and remember-me tokens in memory and
 * the sign-in throttle's table in a private H2.
 * Requests carry a valid CSRF token unless a test says otherwise: the slices test their forms; the
 * CSRF refusals are tested in {@code CsrfProtectionTest} against the full application.
 */
@TestConfiguration
@Import({SecurityConfiguration.class, ApiAuthenticationProblems.class, SignInSuccess.class, SignInRevocations.class,
        LoginThrottleConfiguration.class, ThrottleTestDatabase.class})
public class WebSliceSecurity {

    @Bean
    UserDetailsService userDetailsService() {
        return new InMemoryUserDetailsManager();
    }

    @Bean
    PersistentTokenRepository rememberMeTokens() {
        return new InMemoryTokenRepositoryImpl();
    }

    @Bean
    MockMvcBuilderCustomizer requestsCarryACsrfToken() {
        return builder -> builder.defaultRequest(get("/").with(csrf()));
    }
}
