package dev.interviewlab.simulation.cache.engine;

/**
 * A run's pending events as a binary min-heap of longs, each {@code (time << actorBits) | actor}:
 * the earliest event first, and at the same instant the lowest actor, so a seed fixes the order.
 * Each actor has at most one pending event, which bounds the heap.
 */
final class EventQueue {

    private final long[] heap;
    private int size;

    EventQueue(int actors) {
        heap = new long[actors];
    }

    boolean isEmpty() {
        return size == 0;
    }

    /** The earliest entry, without removing it; only when not empty. */
    long peek() {
        return heap[0];
    }

    void push(long entry) {
        int i = size++;
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            long p = heap[parent];
            if (p <= entry) {
                break;
            }
            heap[i] = p;
            i = parent;
        }
        heap[i] = entry;
    }

    long pop() {
        long top = heap[0];
        long last = heap[--size];
        int i = 0;
        int half = size >>> 1;
        while (i < half) {
            int child = 2 * i + 1;
            long smallest = heap[child];
            int right = child + 1;
            if (right < size && heap[right] < smallest) {
                child = right;
                smallest = heap[right];
            }
            if (last <= smallest) {
                break;
            }
            heap[i] = smallest;
            i = child;
        }
        heap[i] = last;
        return top;
    }
}
