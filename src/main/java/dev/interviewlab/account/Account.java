package dev.interviewlab.account;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Locale;

/** A person who signs in. The password is only ever held as a {@code DelegatingPasswordEncoder} hash. */
@Entity
@Table(name = "account")
public class Account {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String username;

    private String displayName;

    private String passwordHash;

    @Enumerated(EnumType.STRING)
    private Role role;

    private boolean passwordChangeRequired;

    private Instant createdAt;

    /** IANA zone id the learner's days are counted in; null = the browser's zone */
    private String timeZone;

    /** reviews a day the Today page's streak measures against; null = {@link DayPreferences#DEFAULT_GOAL} */
    private Integer dailyGoal;

    @Version
    private long version;

    protected Account() {
    }

    public Account(String username, String displayName, String passwordHash, Role role, Instant createdAt) {
        this.username = normalize(username);
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.role = role;
        this.createdAt = createdAt;
    }

    /** Usernames are compared without regard to case: "Alice" and "alice" are one account. */
    public static String normalize(String username) {
        return username.strip().toLowerCase(Locale.ROOT);
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Role getRole() {
        return role;
    }

    public boolean isPasswordChangeRequired() {
        return passwordChangeRequired;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getTimeZone() {
        return timeZone;
    }

    /** The daily review goal, the default when unset. */
    public int getDailyGoal() {
        return dailyGoal == null ? DayPreferences.DEFAULT_GOAL : dailyGoal;
    }

    void changeDay(String timeZone, int dailyGoal) {
        this.timeZone = timeZone;
        this.dailyGoal = dailyGoal;
    }

    void changePassword(String newHash) {
        this.passwordHash = newHash;
        this.passwordChangeRequired = false;
    }

    void requirePasswordChange() {
        this.passwordChangeRequired = true;
    }

    void rename(String displayName) {
        this.displayName = displayName;
    }

    void grant(Role role) {
        this.role = role;
    }
}
