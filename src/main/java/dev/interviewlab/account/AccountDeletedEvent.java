package dev.interviewlab.account;

/** Published inside the transaction that deletes an account: listeners delete what the account owned. */
public record AccountDeletedEvent(long accountId) {
}
