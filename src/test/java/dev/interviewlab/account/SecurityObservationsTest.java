package dev.interviewlab.account;

import dev.interviewlab.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.config.observation.SecurityObservationSettings;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Spring Security's filters, authentication and authorization run as they are, not each wrapped in an observation
 * (a no-op one still cost a lookup and a predicate check per filter and request). The packaged jar's thread dumps
 * under load show no {@code ObservationFilterChainDecorator} frame (docs/benchmarks/performance.md, sixth pass); a
 * test context does not install that decorator in any case, so this checks the setting the jar goes by.
 */
@SpringBootTest
@DatabaseTest
class SecurityObservationsTest {

    @Autowired
    SecurityObservationSettings settings;

    @Test
    void nothingOfSpringSecurityIsObserved() {
        assertThat(settings.shouldObserveRequests()).isFalse();
        assertThat(settings.shouldObserveAuthentications()).isFalse();
        assertThat(settings.shouldObserveAuthorizations()).isFalse();
    }
}
