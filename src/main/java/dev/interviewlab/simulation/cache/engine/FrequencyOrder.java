package dev.interviewlab.simulation.cache.engine;

/**
 * LFU in O(1) per operation: entries with the same access count share a bucket, buckets form a
 * list in increasing count, and each bucket lists its entries from least to most recently used.
 * An entry reaches a bucket by its latest access, so the order inside a bucket is LRU order and
 * the victim (head of the first bucket) is the least recently used of the least frequently used.
 */
final class FrequencyOrder implements EvictionOrder {

    private static final int NONE = -1;

    // entries, by slot
    private final int[] prev;
    private final int[] next;
    private final int[] bucketOf;

    // buckets, from a pool; index `sentinel` heads the list of buckets
    private final int[] count;
    private final int[] head;
    private final int[] tail;
    private final int[] bucketPrev;
    private final int[] bucketNext;
    private final int[] freeBuckets;
    private int freeBucketCount;
    private final int sentinel;

    FrequencyOrder(int capacity) {
        prev = new int[capacity];
        next = new int[capacity];
        bucketOf = new int[capacity];
        // one bucket per entry at most, plus one created before the emptied one is freed
        int buckets = capacity + 1;
        sentinel = buckets;
        count = new int[buckets + 1];
        head = new int[buckets + 1];
        tail = new int[buckets + 1];
        bucketPrev = new int[buckets + 1];
        bucketNext = new int[buckets + 1];
        freeBuckets = new int[buckets];
        for (int i = 0; i < buckets; i++) {
            freeBuckets[i] = buckets - 1 - i;
        }
        freeBucketCount = buckets;
        bucketPrev[sentinel] = sentinel;
        bucketNext[sentinel] = sentinel;
    }

    @Override
    public void inserted(int slot) {
        int first = bucketNext[sentinel];
        int bucket = first != sentinel && count[first] == 1 ? first : newBucketAfter(sentinel, 1);
        append(bucket, slot);
    }

    @Override
    public void accessed(int slot) {
        int bucket = bucketOf[slot];
        int wanted = count[bucket] + 1;
        int following = bucketNext[bucket];
        int target = following != sentinel && count[following] == wanted ? following : newBucketAfter(bucket, wanted);
        detach(bucket, slot);
        append(target, slot);
    }

    @Override
    public void removed(int slot) {
        detach(bucketOf[slot], slot);
    }

    @Override
    public int victim() {
        return head[bucketNext[sentinel]];
    }

    @Override
    public int bytesPerSlot() {
        // prev, next, bucketOf per entry, and up to one bucket (5 ints) per entry
        return 3 * Integer.BYTES + 5 * Integer.BYTES;
    }

    /** The access count of the entry in a slot (for tests and the event log). */
    int accessCount(int slot) {
        return count[bucketOf[slot]];
    }

    private int newBucketAfter(int before, int accessCount) {
        int bucket = freeBuckets[--freeBucketCount];
        count[bucket] = accessCount;
        head[bucket] = NONE;
        tail[bucket] = NONE;
        int after = bucketNext[before];
        bucketPrev[bucket] = before;
        bucketNext[bucket] = after;
        bucketNext[before] = bucket;
        bucketPrev[after] = bucket;
        return bucket;
    }

    private void append(int bucket, int slot) {
        bucketOf[slot] = bucket;
        int last = tail[bucket];
        prev[slot] = last;
        next[slot] = NONE;
        if (last == NONE) {
            head[bucket] = slot;
        } else {
            next[last] = slot;
        }
        tail[bucket] = slot;
    }

    private void detach(int bucket, int slot) {
        int before = prev[slot];
        int after = next[slot];
        if (before == NONE) {
            head[bucket] = after;
        } else {
            next[before] = after;
        }
        if (after == NONE) {
            tail[bucket] = before;
        } else {
            prev[after] = before;
        }
        if (head[bucket] == NONE) {
            int b = bucketPrev[bucket];
            int a = bucketNext[bucket];
            bucketNext[b] = a;
            bucketPrev[a] = b;
            freeBuckets[freeBucketCount++] = bucket;
        }
    }
}
