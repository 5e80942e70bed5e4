package dev.interviewlab.revision;

/**
 * Who saved a revision, as they were named when saving. Both parts are null for content that no
 * account wrote (built-in files, imports); the account id becomes null when the account is deleted
 * while the name stays.
 */
public record RevisionAuthor(Long accountId, String name) {

    /** {@code author_name}'s width, the same as an account's display name. */
    public static final int MAX_NAME_LENGTH = 80;

    private static final RevisionAuthor NONE = new RevisionAuthor(null, null);

    public RevisionAuthor {
        if (name != null && name.length() > MAX_NAME_LENGTH) {
            name = name.substring(0, MAX_NAME_LENGTH);
        }
    }

    /** No account: built-in content or an import. */
    public static RevisionAuthor none() {
        return NONE;
    }

    public static RevisionAuthor account(long accountId, String displayName) {
        return new RevisionAuthor(accountId, displayName);
    }

    public boolean isAccount() {
        return accountId != null || name != null;
    }
}
