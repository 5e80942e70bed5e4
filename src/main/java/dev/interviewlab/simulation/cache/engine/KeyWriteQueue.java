package dev.interviewlab.simulation.cache.engine;

import java.util.Arrays;

/**
 * Write-through's per-key ordering: the cache layer does a key's writes one at a time (database,
 * then its own entry), so a later writer of the key waits until the earlier one has updated the
 * entry, in arrival order. Its loads keep to the same order: a load that a write of the key
 * overtook (a commit between the load's database read and its fill) is dropped rather than filled.
 * Reads do not wait: between a write's commit and its update of the entry, a reader still gets the
 * previous value.
 */
final class KeyWriteQueue {

    private static final int NONE = -1;

    /** Per key: whether a write holds it. */
    private final boolean[] held;
    /** Per key: the first and last waiting writer; per client: the writer after it. */
    private final int[] head;
    private final int[] tail;
    private final int[] next;
    /** Per client: the key's commit count when its load read the database. */
    private final int[] commitsAtLoad;
    private int waited;

    KeyWriteQueue(int keys, int clients) {
        held = new boolean[keys];
        head = new int[keys];
        tail = new int[keys];
        Arrays.fill(head, NONE);
        next = new int[clients];
        commitsAtLoad = new int[clients];
    }

    /** Takes the key for the client's write, or queues the client behind the writer holding it. */
    boolean acquire(int key, int client) {
        if (!held[key]) {
            held[key] = true;
            return true;
        }
        waited++;
        next[client] = NONE;
        if (head[key] == NONE) {
            head[key] = client;
        } else {
            next[tail[key]] = client;
        }
        tail[key] = client;
        return false;
    }

    /** Hands the key to the next waiting writer and returns it, or frees the key and returns -1. */
    int release(int key) {
        int waiter = head[key];
        if (waiter == NONE) {
            held[key] = false;
            return NONE;
        }
        head[key] = next[waiter];
        return waiter;
    }

    void loaded(int client, int commits) {
        commitsAtLoad[client] = commits;
    }

    /** Whether a write of the key committed after the client's load read the database. */
    boolean overtaken(int client, int commits) {
        return commits != commitsAtLoad[client];
    }

    /** Writes that found their key held by an earlier write and waited for it. */
    int waited() {
        return waited;
    }
}
