package dev.interviewlab.account;

import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Ends other sign-ins of an account when what they were granted no longer holds: a new password,
 * a new role, a closed account. Each sign-in remembers the account's revocation count at the time
 * ({@link SignedInAccount#revocations()}); {@link RevokedSignInFilter} signs out a session whose
 * count is behind. In memory, like the sessions themselves: after a restart every session is new.
 */
@Component
public class SignInRevocations {

    private final Map<Long, Long> counts = new ConcurrentHashMap<>();

    long current(long accountId) {
        return counts.getOrDefault(accountId, 0L);
    }

    /** Every sign-in of the account made before now ends at its next request. */
    void revoke(long accountId) {
        counts.merge(accountId, 1L, Long::sum);
    }
}
