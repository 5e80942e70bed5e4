package dev.interviewlab.quiz.editing;

import dev.interviewlab.quiz.bank.ItemDraft;

/**
 * Another editor saved the item since this form was opened; nothing was saved. The item as it is
 * saved now is read after this transaction rolled back ({@link ItemEditing#current}).
 */
public class StaleItemException extends RuntimeException {

    private final transient ItemDraft attempted;

    /** @param attempted what this editor tried to save (it passed the rules) */
    public StaleItemException(String key, ItemDraft attempted) {
        super("Quiz item " + key + " was saved by someone else since the form was opened");
        this.attempted = attempted;
    }

    public ItemDraft attempted() {
        return attempted;
    }
}
