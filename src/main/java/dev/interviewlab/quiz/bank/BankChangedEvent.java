package dev.interviewlab.quiz.bank;

/** Published inside the transaction that changed the item bank; caches of its shape listen after commit. */
public record BankChangedEvent() {
}
