package dev.interviewlab.simulation.git.engine;

/**
 * The documented bounds of one run. Every request is checked against them before the engine
 * starts, so no input can hold a core for long: at most {@link #MAX_COMMANDS} commands create at
 * most {@link #MAX_COMMITS} commits, and every diff works on files of at most
 * {@link #MAX_FILE_LINES} lines.
 */
public final class Limits {

    /** Commands in one script or API request. */
    public static final int MAX_COMMANDS = 500;
    /** Commits created in one run, counting merge commits and rebased or cherry-picked copies. */
    public static final int MAX_COMMITS = 200;
    /** Characters of one file's content. */
    public static final int MAX_FILE_CHARS = 2_000;
    /**
     * Lines of one file as typed. Also keeps git's histogram diff on its own path: with at most 64
     * lines no line can repeat more than 64 times, which is when git falls back to Myers.
     */
    public static final int MAX_FILE_LINES = 64;
    /** Lines a merged or replayed file may reach before the run stops (merges can add up both sides). */
    public static final int MAX_MERGED_FILE_LINES = 256;
    /** Files in one commit's snapshot. */
    public static final int MAX_FILES = 20;
    /** Characters of a file name, a branch or tag name, or a commit id. */
    public static final int MAX_NAME_LENGTH = 30;
    /** Branches and tags together. */
    public static final int MAX_REFS = 30;
    /** Characters of a whole script. */
    public static final int MAX_SCRIPT_CHARS = 100_000;

    private Limits() {
    }
}
