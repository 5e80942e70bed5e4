package dev.interviewlab.revision;

/**
 * Who saved a revision, as they were named when saving. Both parts are null for content that no
 * account wrote (built-in files, imports). When the account is deleted its name goes too (a
 * display name is personal data): the id becomes null and the name empty, "a deleted account".
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

    /** Written by an account that has since been deleted; who it was is forgotten. */
    public boolean isDeletedAccount() {
        return accountId == null && name != null && name.isEmpty();
    }
}
