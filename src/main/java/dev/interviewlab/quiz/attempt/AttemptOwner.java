package dev.interviewlab.quiz.attempt;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.util.Objects;

/** The owner of an attempt: a type and a key, so a browser's attempts can later move to an account. */
@Embeddable
public record AttemptOwner(
        @Enumerated(EnumType.STRING) @Column(name = "owner_type") OwnerType type,
        @Column(name = "owner_key") String key) {

    public AttemptOwner {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(key, "key");
        if (key.isBlank() || key.length() > 100) {
            throw new IllegalArgumentException("an owner key has 1 to 100 characters");
        }
    }

    public static AttemptOwner browser(String learnerId) {
        return new AttemptOwner(OwnerType.BROWSER, learnerId);
    }

    public static AttemptOwner account(long accountId) {
        return new AttemptOwner(OwnerType.ACCOUNT, Long.toString(accountId));
    }

    @Override
    public String toString() {
        // the key identifies a browser: keep it out of logs
        return type + ":" + key.substring(0, Math.min(4, key.length())) + "…";
    }
}
