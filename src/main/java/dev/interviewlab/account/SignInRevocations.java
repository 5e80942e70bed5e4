package dev.interviewlab.account;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Ends other sign-ins of an account when what they were granted no longer holds: a new password,
 * a new role, a closed account. Each sign-in remembers the account's revocation count at the time
 * ({@link SignedInAccount#revocations()}); {@link RevokedSignInFilter} signs out a session whose
 * count is behind. In memory, like the sessions on H2: after a restart every session is new. Where sessions
 * live in the database (the postgres profile), the counts of other instances (and of a restarted one) know
 * nothing of this revocation, so a {@link SignInsRevokedEvent} lets those sessions be deleted there
 * (dev.interviewlab.cluster).
 */
@Component
public class SignInRevocations {

    private final Map<Long, Long> counts = new ConcurrentHashMap<>();
    private final ApplicationEventPublisher events;

    SignInRevocations(ApplicationEventPublisher events) {
        this.events = events;
    }

    long current(long accountId) {
        return counts.getOrDefault(accountId, 0L);
    }

    /** Every sign-in of the account made before now ends at its next request. */
    void revoke(long accountId) {
        counts.merge(accountId, 1L, Long::sum);
        events.publishEvent(new SignInsRevokedEvent(accountId));
    }
}
