package dev.interviewlab.account;

/**
 * Published inside the transaction that revoked an account's sign-ins ({@link SignInRevocations}), so
 * sessions kept outside this instance's memory can end too (dev.interviewlab.cluster).
 */
public record SignInsRevokedEvent(long accountId) {
}
