package dev.interviewlab.account.throttling;

import dev.interviewlab.account.SignInListener;
import dev.interviewlab.account.SignedInAccount;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Counts failed sign-ins per account name and per client address, and says how long the next
 * attempt must wait. Waits are "blocked until" times, never sleeping threads: a blocked attempt is
 * answered at once without checking the password. Names are counted whether or not an account
 * exists, so the answers never tell which names are taken. A successful sign-in clears its
 * account's count (not its address's: one right password must not reset a password-spraying address).
 *
 * <p>In memory and bounded by {@code maxTracked}: a restart forgets all counts, and when full the
 * entries with nothing recent go first, then the least recently used.
 */
public class LoginThrottle implements SignInListener {

    private final LoginThrottleSettings settings;
    private final Clock clock;
    private final Map<String, SignInStrikes> strikes = new LinkedHashMap<>(64, 0.75f, true);

    public LoginThrottle(LoginThrottleSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    /** How long an attempt for this name from this address must still wait; empty when it may go ahead. */
    public synchronized Optional<Duration> waitBefore(String username, String address) {
        Instant now = clock.instant();
        Instant until = later(blockedUntil(accountKey(username)), blockedUntil(addressKey(address)));
        return until.isAfter(now) ? Optional.of(Duration.between(now, until)) : Optional.empty();
    }

    /** Records a failed attempt and returns how long the next one must wait, if at all. */
    public synchronized Optional<Duration> failed(String username, String address) {
        Instant now = clock.instant();
        Instant account = track(accountKey(username), now).fail(now, settings.account());
        Instant fromAddress = track(addressKey(address), now).fail(now, settings.address());
        Instant until = later(account, fromAddress);
        return until.isAfter(now) ? Optional.of(Duration.between(now, until)) : Optional.empty();
    }

    public synchronized void succeeded(String username) {
        strikes.remove(accountKey(username));
    }

    @Override
    public void signedIn(SignedInAccount account, HttpServletRequest request, HttpServletResponse response) {
        succeeded(account.getUsername());
    }

    synchronized int trackedCount() {
        return strikes.size();
    }

    private Instant blockedUntil(String key) {
        SignInStrikes entry = strikes.get(key);
        return entry == null ? Instant.MIN : entry.blockedUntil();
    }

    private SignInStrikes track(String key, Instant now) {
        SignInStrikes entry = strikes.get(key);
        if (entry == null) {
            if (strikes.size() >= settings.maxTracked()) {
                makeRoom(now);
            }
            entry = new SignInStrikes();
            strikes.put(key, entry);
        }
        return entry;
    }

    private void makeRoom(Instant now) {
        strikes.values().removeIf(entry -> entry.isStale(now, settings.window()));
        Iterator<SignInStrikes> leastRecentlyUsed = strikes.values().iterator();
        while (strikes.size() >= settings.maxTracked() && leastRecentlyUsed.hasNext()) {
            leastRecentlyUsed.next();
            leastRecentlyUsed.remove();
        }
    }

    // the same normalisation as account names, so "Alice " and "alice" share one count
    private static String accountKey(String username) {
        return "account:" + (username == null ? "" : username.strip().toLowerCase(Locale.ROOT));
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
