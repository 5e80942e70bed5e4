package dev.interviewlab.account.throttling;

import dev.interviewlab.quiz.MutableClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LoginThrottleTest {

    private static final LoginThrottleSettings SETTINGS = new LoginThrottleSettings(Duration.ofMinutes(15),
            Duration.ofSeconds(5), Duration.ofMinutes(15), 3, 5, 10, 30, 100);

    private final MutableClock clock = new MutableClock(Instant.parse("2030-01-01T00:00:00Z"));
    private final LoginThrottle throttle = new LoginThrottle(SETTINGS, clock, ThrottleTestDatabase.strikeStore(clock));

    @Test
    void thresholdsThatNeverLockAreRefusedAtStartUp() {
        assertThatThrownBy(() -> new LoginThrottleSettings(Duration.ofMinutes(15), Duration.ofSeconds(5),
                Duration.ofMinutes(15), 3, 0, 10, 30, 100)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void twoFailuresCostNothing() {
        assertThat(throttle.failed("alice", "10.0.0.1")).isEmpty();
        assertThat(throttle.failed("alice", "10.0.0.1")).isEmpty();
        assertThat(throttle.waitBefore("alice", "10.0.0.1")).isEmpty();
    }

    @Test
    void failuresSlowDownWithDoublingWaitsThenLockForFifteenMinutes() {
        throttle.failed("alice", "10.0.0.1");
        throttle.failed("alice", "10.0.0.1");
        assertThat(throttle.failed("alice", "10.0.0.1")).contains(Duration.ofSeconds(5));
        clock.advance(Duration.ofSeconds(5));
        assertThat(throttle.waitBefore("alice", "10.0.0.1")).isEmpty();
        assertThat(throttle.failed("alice", "10.0.0.1")).contains(Duration.ofSeconds(10));
        clock.advance(Duration.ofSeconds(10));
        assertThat(throttle.failed("alice", "10.0.0.1")).contains(Duration.ofMinutes(15));
        clock.advance(Duration.ofMinutes(14));
        assertThat(throttle.waitBefore("alice", "10.0.0.1")).contains(Duration.ofMinutes(1));
        clock.advance(Duration.ofMinutes(1));
        assertThat(throttle.waitBefore("alice", "10.0.0.1")).isEmpty();
    }

    @Test
    void theLockHoldsForTheNameFromAnyAddressAndIgnoresCase() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("alice", "10.0.0." + i);
        }
        assertThat(throttle.waitBefore(" Alice", "192.168.1.1")).isPresent();
        assertThat(throttle.waitBefore("bob", "192.168.1.1")).isEmpty();
    }

    @Test
    void anAddressTryingManyNamesIsSlowedThenLockedForAllNames() {
        for (int i = 0; i < 9; i++) {
            assertThat(throttle.failed("name" + i, "10.0.0.9")).isEmpty();
        }
        assertThat(throttle.failed("name9", "10.0.0.9")).contains(Duration.ofSeconds(5));
        assertThat(throttle.waitBefore("someone-else", "10.0.0.9")).isPresent();
        assertThat(throttle.waitBefore("someone-else", "10.0.0.10")).isEmpty();
        for (int i = 10; i < 30; i++) {
            clock.advance(Duration.ofSeconds(1));
            throttle.failed("name" + i, "10.0.0.9");
        }
        assertThat(throttle.waitBefore("someone-else", "10.0.0.9")).contains(Duration.ofMinutes(15));
    }

    @Test
    void failuresOutsideTheWindowAreForgotten() {
        throttle.failed("alice", "10.0.0.1");
        throttle.failed("alice", "10.0.0.1");
        clock.advance(Duration.ofMinutes(15));
        assertThat(throttle.failed("alice", "10.0.0.1")).isEmpty();
    }

    @Test
    void aSuccessfulSignInClearsTheAccountButNotTheAddress() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("alice", "10.0.0.1");
            clock.advance(Duration.ofMinutes(1));
        }
        throttle.succeeded("ALICE");
        assertThat(throttle.waitBefore("alice", "10.0.0.2")).isEmpty();
        assertThat(throttle.failed("alice", "10.0.0.2")).isEmpty();
        assertThat(throttle.failed("bob", "10.0.0.1")).as("the address still counts its failures").isEmpty();
    }

    @Test
    void memoryIsBoundedAndStaleEntriesGoFirst() {
        throttle.failed("locked", "10.0.0.1");
        for (int i = 0; i < 4; i++) {
            throttle.failed("locked", "10.0.0.1");
        }
        clock.advance(Duration.ofMinutes(1));
        for (int i = 0; i < 500; i++) {
            throttle.failed("sprayed" + i, "10.1." + (i / 250) + "." + (i % 250));
        }
        assertThat(throttle.trackedCount()).isLessThanOrEqualTo(100);
        Optional<Duration> wait = throttle.waitBefore("fresh", "10.9.9.9");
        assertThat(wait).isEmpty();
    }
}
