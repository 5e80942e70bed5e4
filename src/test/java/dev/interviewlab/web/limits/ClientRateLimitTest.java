package dev.interviewlab.web.limits;

import dev.interviewlab.quiz.MutableClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ClientRateLimitTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2030-01-01T00:00:00Z"));

    @Test
    void aClientMaySendTheBurstAtOnceThenWaitsForTheNextToken() {
        ClientRateLimit limit = new ClientRateLimit(3, 6, 100, clock);
        for (int i = 0; i < 3; i++) {
            assertThat(limit.take("a")).isZero();
        }
        assertThat(limit.take("a")).isEqualTo(Duration.ofSeconds(10));
        clock.advance(Duration.ofSeconds(4));
        assertThat(limit.take("a")).isEqualTo(Duration.ofSeconds(6));
        clock.advance(Duration.ofSeconds(6));
        assertThat(limit.take("a")).isZero();
        assertThat(limit.take("a")).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void theBucketRefillsNoFurtherThanTheBurst() {
        ClientRateLimit limit = new ClientRateLimit(2, 60, 100, clock);
        clock.advance(Duration.ofHours(1));
        assertThat(limit.take("a")).isZero();
        assertThat(limit.take("a")).isZero();
        assertThat(limit.take("a")).isPositive();
    }

    @Test
    void settingsWithoutRoomForARequestAreRefusedAtStartUp() {
        assertThatThrownBy(() -> new RateLimitSettings(true, 0, 60, 10, 10, 100))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("interviewlab.rate-limit");
    }

    @Test
    void eachClientHasItsOwnBucket() {
        ClientRateLimit limit = new ClientRateLimit(1, 1, 100, clock);
        assertThat(limit.take("a")).isZero();
        assertThat(limit.take("a")).isPositive();
        assertThat(limit.take("b")).isZero();
    }

    @Test
    void memoryIsBoundedAndABusyClientIsKeptOverIdleOnes() {
        ClientRateLimit limit = new ClientRateLimit(2, 60, 10, clock);
        limit.take("busy");
        limit.take("busy");
        for (int i = 0; i < 1000; i++) {
            limit.take("address-" + i);
        }
        assertThat(limit.clientCount()).isLessThanOrEqualTo(10);
    }
}
