package dev.interviewlab.simulation.cache.engine;

/**
 * The bookkeeping of an eviction policy over cache slots {@code 0 .. capacity-1}. Implementations
 * keep only primitive arrays sized at construction, so the hot path allocates nothing.
 */
interface EvictionOrder {

    /** A slot was filled with a new entry. */
    void inserted(int slot);

    /** An entry was read (hit) or overwritten in place. */
    void accessed(int slot);

    /** An entry left the cache (deleted, expired or evicted). */
    void removed(int slot);

    /** The slot to evict next; only called when at least one slot is in use. */
    int victim();

    /** Bytes of bookkeeping per slot, for the memory report. */
    int bytesPerSlot();
}
