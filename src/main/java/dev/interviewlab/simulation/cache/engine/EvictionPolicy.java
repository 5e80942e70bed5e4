package dev.interviewlab.simulation.cache.engine;

import java.util.Arrays;
import java.util.Optional;

/**
 * Which entry a full cache gives up for a new one.
 * <ul>
 *   <li>LRU: the entry used least recently (a hit, a fill and a write-path SET all count as a use).</li>
 *   <li>LFU: the entry with the fewest accesses since it entered the cache, the fill counting as
 *       one and each later hit or SET as one more; ties go to the least recently used.</li>
 *   <li>FIFO: the entry that entered first; uses do not reorder.</li>
 * </ul>
 */
public enum EvictionPolicy {
    LRU, LFU, FIFO;

    EvictionOrder newOrder(int capacity) {
        return switch (this) {
            case LRU -> new LinkedOrder(capacity, true);
            case FIFO -> new LinkedOrder(capacity, false);
            case LFU -> new FrequencyOrder(capacity);
        };
    }

    public String messageKey() {
        return "cache.eviction." + name();
    }

    public static Optional<EvictionPolicy> byName(String name) {
        return Arrays.stream(values()).filter(p -> p.name().equalsIgnoreCase(name)).findFirst();
    }
}
