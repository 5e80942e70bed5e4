package dev.interviewlab.account.throttling;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;

/** The recent failed sign-ins of one account name or one address, and until when it must wait. */
final class SignInStrikes {

    private final Deque<Instant> failures = new ArrayDeque<>();
    private Instant blockedUntil = Instant.MIN;

    /** Records a failure at {@code now} and returns until when the next attempt must wait. */
    Instant fail(Instant now, StrikeRule rule) {
        forgetBefore(now.minus(rule.window()));
        failures.addLast(now);
        // keep no more than needed to decide: an attacker's thousand failures cost as much as lockAfter
        while (failures.size() > rule.lockAfter()) {
            failures.removeFirst();
        }
        Duration wait = rule.waitAfter(failures.size());
        if (!wait.isZero()) {
            blockedUntil = now.plus(wait);
        }
        return blockedUntil;
    }

    Instant blockedUntil() {
        return blockedUntil;
    }

    /** Nothing recent to remember: the entry can go without changing any decision. */
    boolean isStale(Instant now, Duration window) {
        forgetBefore(now.minus(window));
        return failures.isEmpty() && !blockedUntil.isAfter(now);
    }

    private void forgetBefore(Instant horizon) {
        while (!failures.isEmpty() && !failures.peekFirst().isAfter(horizon)) {
            failures.removeFirst();
        }
    }
}
