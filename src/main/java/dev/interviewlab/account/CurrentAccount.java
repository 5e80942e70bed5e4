package dev.interviewlab.account;

import org.springframework.security.core.context.SecurityContextHolder;

import java.util.Optional;

/** The account the current request is signed in as; empty for a guest. */
public final class CurrentAccount {

    private CurrentAccount() {
    }

    public static Optional<SignedInAccount> find() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof SignedInAccount account
                ? Optional.of(account) : Optional.empty();
    }
}
