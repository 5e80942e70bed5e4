package dev.interviewlab.account;

import org.springframework.test.util.ReflectionTestUtils;

import java.time.Instant;

/** Signed-in principals for slice tests of controllers that take {@code @AuthenticationPrincipal SignedInAccount}. */
public final class TestAccounts {

    private TestAccounts() {
    }

    public static SignedInAccount signedIn(long accountId, String username, String displayName, Role role) {
        Account account = new Account(username, displayName, "{noop}unused", role, Instant.parse("2030-01-01T00:00:00Z"));
        ReflectionTestUtils.setField(account, "id", accountId);
        return new SignedInAccount(account);
    }
}
