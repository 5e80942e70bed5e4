package dev.interviewlab.search;

/** A search came before the index was first built (just after start-up): the reader should try again shortly. */
public class SearchIndexBuildingException extends RuntimeException {

    /** What the reader is told to wait, in seconds (the {@code Retry-After} header). */
    public static final int RETRY_AFTER_SECONDS = 5;

    public SearchIndexBuildingException() {
        super("the search index is being built");
    }
}
