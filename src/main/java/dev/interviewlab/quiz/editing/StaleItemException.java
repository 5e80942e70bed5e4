package dev.interviewlab.quiz.editing;

import dev.interviewlab.quiz.bank.ItemDraft;

/**
 * Another editor saved the item since this form was opened; nothing was saved.
 *
 * @param saved   the item as it is saved now
 * @param version its version, which the form takes so that saving again overwrites knowingly
 * @param attempted what this editor tried to save (it passed the rules)
 */
public class StaleItemException extends RuntimeException {

    private final transient ItemDraft saved;
    private final long version;
    private final transient ItemDraft attempted;

    public StaleItemException(String key, ItemDraft saved, long version, ItemDraft attempted) {
        super("Quiz item " + key + " was saved by someone else meanwhile (now version " + version + ")");
        this.saved = saved;
        this.version = version;
        this.attempted = attempted;
    }

    public ItemDraft attempted() {
        return attempted;
    }

    public ItemDraft saved() {
        return saved;
    }

    public long version() {
        return version;
    }
}
