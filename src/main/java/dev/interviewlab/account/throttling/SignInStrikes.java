package dev.interviewlab.account.throttling;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.StringJoiner;

/**
 * The recent strikes of one key (an account name, an address), and until when it must wait. Read from
 * and written back to its {@code throttle_strike} row by {@link StrikeStore}: times in epoch milliseconds,
 * the strikes as a comma-separated list, no wait as 0.
 */
final class SignInStrikes {

    private final Deque<Instant> failures = new ArrayDeque<>();
    private Instant blockedUntil = Instant.EPOCH;

    SignInStrikes() {
    }

    /** The entry as its row stored it. */
    static SignInStrikes restore(String failures, long blockedUntil) {
        SignInStrikes entry = new SignInStrikes();
        for (String failure : failures.split(",")) {
            if (!failure.isEmpty()) {
                entry.failures.addLast(Instant.ofEpochMilli(Long.parseLong(failure)));
            }
        }
        entry.blockedUntil = Instant.ofEpochMilli(blockedUntil);
        return entry;
    }

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

    /** From when the entry changes no decision: its last strike has left the window and its wait has ended. */
    Instant forgetAt(Duration window) {
        Instant lastLeaves = failures.isEmpty() ? Instant.EPOCH : failures.peekLast().plus(window);
        return lastLeaves.isAfter(blockedUntil) ? lastLeaves : blockedUntil;
    }

    String failuresText() {
        StringJoiner text = new StringJoiner(",");
        failures.forEach(failure -> text.add(Long.toString(failure.toEpochMilli())));
        return text.toString();
    }

    private void forgetBefore(Instant horizon) {
        while (!failures.isEmpty() && !failures.peekFirst().isAfter(horizon)) {
            failures.removeFirst();
        }
    }
}
