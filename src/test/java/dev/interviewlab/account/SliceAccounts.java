package dev.interviewlab.account;

import org.springframework.test.util.ReflectionTestUtils;

import java.time.Instant;

/** Signed-in principals for {@code @WebMvcTest} slices of controllers that take {@code @AuthenticationPrincipal SignedInAccount}. */
public final class SliceAccounts {

    private SliceAccounts() {
    }

    public static SignedInAccount signedIn(long id, String displayName, Role role) {
        Account account = new Account("user" + id, displayName, "{noop}unused", role, Instant.EPOCH);
        ReflectionTestUtils.setField(account, "id", id);
        return new SignedInAccount(account, 0);
    }
}
