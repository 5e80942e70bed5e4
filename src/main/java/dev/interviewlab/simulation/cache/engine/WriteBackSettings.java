package dev.interviewlab.simulation.cache.engine;

/**
 * When a write-back cache flushes its dirty entries to the database.
 *
 * @param flushIntervalMicros flush this long after the first unflushed write (0: never on a timer)
 * @param flushBatch          flush as soon as this many entries are dirty (0: never on a count)
 */
public record WriteBackSettings(long flushIntervalMicros, int flushBatch) {

    public WriteBackSettings {
        if (flushIntervalMicros < 0 || flushBatch < 0 || (flushIntervalMicros == 0 && flushBatch == 0)) {
            throw new IllegalArgumentException("a write-back cache needs a flush interval or a batch size");
        }
    }
}
