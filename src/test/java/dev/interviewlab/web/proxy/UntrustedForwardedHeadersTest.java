package dev.interviewlab.web.proxy;

import dev.interviewlab.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Without {@code interviewlab.trusted-proxies}, forwarded headers from loopback (a private address,
 * which Tomcat trusted by default) change nothing: rotating {@code X-Forwarded-For} does not escape
 * the rate limit or sign-in throttling, and {@code X-Forwarded-Host} does not pick the redirect's host.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        ForwardedHeadersTest.SMALL_LIMITS_1, ForwardedHeadersTest.SMALL_LIMITS_2, ForwardedHeadersTest.SMALL_LIMITS_3})
@DatabaseTest
class UntrustedForwardedHeadersTest extends ForwardedHeadersTest {

    @Test
    void aRotatedForwardedForDoesNotEscapeTheRateLimit() throws Exception {
        assertThat(runSimulationFrom("203.0.113.1")).isEqualTo(200);
        assertThat(runSimulationFrom("203.0.113.2")).isEqualTo(200);
        assertThat(runSimulationFrom("203.0.113.3")).as("the same client (loopback) for the third time").isEqualTo(429);
    }

    @Test
    void aRotatedForwardedForDoesNotEscapeSignInThrottling() throws Exception {
        assertThat(failSignInFrom("198.51.100.1", 1)).endsWith("/login?error");
        assertThat(failSignInFrom("198.51.100.2", 2)).contains("/login?blocked=");
        assertThat(failSignInFrom("198.51.100.3", 3)).as("still the loopback address that failed twice")
                .contains("/login?blocked=");
    }

    @Test
    void aForwardedHostDoesNotPickTheRedirectHost() throws Exception {
        assertThat(signInRedirectFor("evil.example")).doesNotContain("evil.example").endsWith("/login");
    }
}
