package dev.interviewlab.account.throttling;

import dev.interviewlab.account.SignInListener;
import dev.interviewlab.account.SignedInAccount;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Counts failed sign-ins per account name and per client address, and says how long the next
 * attempt must wait. Waits are "blocked until" times, never sleeping threads: a blocked attempt is
 * answered at once without checking the password. Names are counted whether or not an account
 * exists, so the answers never tell which names are taken. A successful sign-in clears its
 * account's count (not its address's: one right password must not reset a password-spraying address).
 *
 * <p>The counts live in the database ({@link StrikeStore}), so every instance on one database sees the
 * same counts and a restart keeps them; bounded by {@code maxTracked}: when full the entries with
 * nothing recent go first, then the least recently struck.
 */
public class LoginThrottle implements SignInListener {

    private static final String NAME = "sign-in";

    private final LoginThrottleSettings settings;
    private final Clock clock;
    private final StrikeStore store;

    LoginThrottle(LoginThrottleSettings settings, Clock clock, StrikeStore store) {
        this.settings = settings;
        this.clock = clock;
        this.store = store;
    }

    /** How long an attempt for this name from this address must still wait; empty when it may go ahead. */
    public Optional<Duration> waitBefore(String username, String address) {
        return StrikeThrottle.remaining(store.blockedUntil(NAME, List.of(accountKey(username), addressKey(address))), now());
    }

    /** Records a failed attempt and returns how long the next one must wait, if at all. */
    public Optional<Duration> failed(String username, String address) {
        Instant now = now();
        TreeMap<String, StrikeRule> rules = new TreeMap<>();
        rules.put(accountKey(username), settings.account());
        rules.put(addressKey(address), settings.address());
        return StrikeThrottle.remaining(store.strike(NAME, rules, now, settings.maxTracked()), now);
    }

    public void succeeded(String username) {
        store.clear(NAME, accountKey(username));
    }

    @Override
    public void signedIn(SignedInAccount account, HttpServletRequest request, HttpServletResponse response) {
        succeeded(account.getUsername());
    }

    int trackedCount() {
        return store.trackedCount(NAME);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    // the same normalisation as account names, so "Alice " and "alice" share one count
    private static String accountKey(String username) {
        return "account:" + (username == null ? "" : username.strip().toLowerCase(Locale.ROOT));
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }
}
