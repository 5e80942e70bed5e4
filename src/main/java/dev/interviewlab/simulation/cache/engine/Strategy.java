package dev.interviewlab.simulation.cache.engine;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The caching strategies, as data: the read path shared by all of them, how a miss fills the cache,
 * the steps of a write, and the step at which a write counts as committed (acknowledged as the
 * newest value). The wrong orders are here on purpose, so learners can watch them fail.
 */
public enum Strategy {
    /** Update the database, then delete the key (the default choice in the notes). */
    CACHE_ASIDE("cache-aside", Fill.SET, Step.DB_WRITE, Step.DB_WRITE, Step.CACHE_DELETE),
    /** Wrong order: delete the key first, then update the database. */
    DELETE_THEN_UPDATE("delete-then-update", Fill.SET, Step.DB_WRITE, Step.CACHE_DELETE, Step.DB_WRITE),
    /** Wrong choice: update the database, then write the new value into the cache. */
    UPDATE_DB_THEN_CACHE("update-db-then-cache", Fill.SET, Step.DB_WRITE, Step.DB_WRITE, Step.CACHE_SET),
    /** Wrong order: write the cache first, then the database. */
    UPDATE_CACHE_THEN_DB("update-cache-then-db", Fill.SET, Step.DB_WRITE, Step.CACHE_SET, Step.DB_WRITE),
    /** Delete, update the database, and delete again after a delay. */
    DELAYED_DOUBLE_DELETE("delayed-double-delete", Fill.SET, Step.DB_WRITE,
            Step.CACHE_DELETE, Step.DB_WRITE, Step.SCHEDULE_SECOND_DELETE),
    /**
     * Read-through / write-through: the cache layer loads misses itself (adding the value only if
     * no newer one arrived meanwhile) and writes the database, then its own entry, synchronously,
     * one write per key at a time (see {@link #serialisesWritesPerKey()}).
     */
    WRITE_THROUGH("write-through", Fill.ADD_IF_ABSENT, Step.DB_WRITE, Step.DB_WRITE, Step.CACHE_SET),
    /**
     * Write-back (write-behind): a write updates only the cache and is acknowledged there; dirty
     * entries reach the database at the next flush, and a crash before it loses them.
     */
    WRITE_BACK("write-back", Fill.ADD_IF_ABSENT, Step.CACHE_SET_DIRTY, Step.CACHE_SET_DIRTY);

    /** How a read miss puts the loaded value into the cache. */
    public enum Fill {
        /** Application code issues a plain SET, overwriting whatever is there (Redis {@code SET}). */
        SET,
        /** A read-through cache adds the loaded value only if the key is still absent. */
        ADD_IF_ABSENT
    }

    /** Every read: ask the cache, on a miss read the database, then fill. */
    public static final List<Step> READ_STEPS = List.of(Step.CACHE_GET, Step.DB_READ, Step.CACHE_FILL);

    private final String slug;
    private final Fill fill;
    private final Step commitStep;
    private final List<Step> writeSteps;

    Strategy(String slug, Fill fill, Step commitStep, Step... writeSteps) {
        this.slug = slug;
        this.fill = fill;
        this.commitStep = commitStep;
        this.writeSteps = List.of(writeSteps);
    }

    public String slug() {
        return slug;
    }

    public Fill fill() {
        return fill;
    }

    /** The write step at which the new value becomes the newest committed one. */
    public Step commitStep() {
        return commitStep;
    }

    public List<Step> writeSteps() {
        return writeSteps;
    }

    /**
     * Whether the write touches the cache only after committing (update the database, then delete or
     * set the key). Then a reader can hit the old entry in between: the invalidation is pending.
     * Strategies that touch the cache first leave no such gap, but a reader can refill the old value
     * while the write is in flight. The delayed second delete does not count: it is asynchronous.
     */
    public boolean touchesCacheAfterCommit() {
        int commit = writeSteps.indexOf(commitStep);
        for (int i = commit + 1; i < writeSteps.size(); i++) {
            if (writeSteps.get(i).target() == Step.Target.CACHE && writeSteps.get(i) != Step.SCHEDULE_SECOND_DELETE) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the cache layer orders a key's writes itself: a writer waits until the previous write
     * of the key has reached the database and the entry, so two writers cannot set the entry in the
     * opposite order to their commits. Only a strategy whose cache layer does the writes can:
     * application code that sets the cache after its commit (update-db-then-cache) has no such order.
     */
    public boolean serialisesWritesPerKey() {
        return this == WRITE_THROUGH;
    }

    public boolean writeBack() {
        return this == WRITE_BACK;
    }

    public String messageKey() {
        return "cache.strategy." + slug;
    }

    public static Optional<Strategy> bySlug(String slug) {
        return Arrays.stream(values()).filter(s -> s.slug.equals(slug)).findFirst();
    }
}
