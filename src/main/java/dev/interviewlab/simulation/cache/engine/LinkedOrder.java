package dev.interviewlab.simulation.cache.engine;

/**
 * LRU and FIFO as one doubly linked list threaded through arrays: the head is evicted first, new
 * entries join the tail, and (for LRU only) an access moves the entry back to the tail.
 */
final class LinkedOrder implements EvictionOrder {

    private final int[] prev;
    private final int[] next;
    private final int sentinel;
    private final boolean moveOnAccess;

    LinkedOrder(int capacity, boolean moveOnAccess) {
        this.prev = new int[capacity + 1];
        this.next = new int[capacity + 1];
        this.sentinel = capacity;
        this.moveOnAccess = moveOnAccess;
        prev[sentinel] = sentinel;
        next[sentinel] = sentinel;
    }

    @Override
    public void inserted(int slot) {
        linkAtTail(slot);
    }

    @Override
    public void accessed(int slot) {
        if (moveOnAccess && next[slot] != sentinel) {
            unlink(slot);
            linkAtTail(slot);
        }
    }

    @Override
    public void removed(int slot) {
        unlink(slot);
    }

    @Override
    public int victim() {
        return next[sentinel];
    }

    @Override
    public int bytesPerSlot() {
        return 2 * Integer.BYTES;
    }

    private void linkAtTail(int slot) {
        int last = prev[sentinel];
        next[last] = slot;
        prev[slot] = last;
        next[slot] = sentinel;
        prev[sentinel] = slot;
    }

    private void unlink(int slot) {
        int before = prev[slot];
        int after = next[slot];
        next[before] = after;
        prev[after] = before;
    }
}
