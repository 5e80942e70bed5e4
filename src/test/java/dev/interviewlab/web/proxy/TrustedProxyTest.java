package dev.interviewlab.web.proxy;

import dev.interviewlab.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With loopback configured as the trusted proxy, its forwarded headers name the client: each
 * forwarded address is counted on its own, and the forwarded host is the redirect's host.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        ForwardedHeadersTest.SMALL_LIMITS_1, ForwardedHeadersTest.SMALL_LIMITS_2, ForwardedHeadersTest.SMALL_LIMITS_3,
        "interviewlab.trusted-proxies=192.0.2.0/24, 127.0.0.1, ::1"})
@DatabaseTest
class TrustedProxyTest extends ForwardedHeadersTest {

    @Test
    void eachForwardedClientHasItsOwnRateLimit() throws Exception {
        assertThat(runSimulationFrom("203.0.113.1")).isEqualTo(200);
        assertThat(runSimulationFrom("203.0.113.1")).isEqualTo(200);
        assertThat(runSimulationFrom("203.0.113.1")).as("that client's third run").isEqualTo(429);
        assertThat(runSimulationFrom("203.0.113.2")).as("another client").isEqualTo(200);
    }

    @Test
    void eachForwardedClientIsThrottledOnItsOwn() throws Exception {
        assertThat(failSignInFrom("198.51.100.1", 1)).endsWith("/login?error");
        assertThat(failSignInFrom("198.51.100.1", 2)).contains("/login?blocked=");
        assertThat(failSignInFrom("198.51.100.2", 3)).as("another client").endsWith("/login?error");
    }

    @Test
    void theForwardedHostIsTheRedirectHost() throws Exception {
        assertThat(signInRedirectFor("lab.example.org")).startsWith("http://lab.example.org").endsWith("/login");
    }
}
