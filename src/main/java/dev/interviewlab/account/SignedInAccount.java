package dev.interviewlab.account;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * The principal of a signed-in request: Spring Security's user plus the account id, so owner
 * checks compare ids and never names.
 */
public class SignedInAccount extends User {

    private final long accountId;
    private final String displayName;
    private final Role role;
    private final boolean passwordChangeRequired;
    private final long revocations;
    private final String timeZone;
    private final int dailyGoal;

    SignedInAccount(Account account, long revocations) {
        super(account.getUsername(), account.getPasswordHash(), authorities(account.getRole()));
        this.accountId = account.getId();
        this.displayName = account.getDisplayName();
        this.role = account.getRole();
        this.passwordChangeRequired = account.isPasswordChangeRequired();
        this.revocations = revocations;
        this.timeZone = account.getTimeZone();
        this.dailyGoal = account.getDailyGoal();
    }

    private static List<GrantedAuthority> authorities(Role role) {
        return List.of(new SimpleGrantedAuthority(role.authority()));
    }

    public long accountId() {
        return accountId;
    }

    public String displayName() {
        return displayName;
    }

    public Role role() {
        return role;
    }

    /** Editors and admins edit content and import notes. */
    public boolean canEdit() {
        return role != Role.LEARNER;
    }

    /** How many times the account's sign-ins had been revoked when this one was made. */
    long revocations() {
        return revocations;
    }

    /** The zone set in the profile, if any: the learner's days start and end in it. */
    public Optional<ZoneId> timeZone() {
        return DayPreferences.zone(timeZone);
    }

    /** Reviews a day the Today page's streak measures against. */
    public int dailyGoal() {
        return dailyGoal;
    }

    public boolean passwordChangeRequired() {
        return passwordChangeRequired;
    }
}
