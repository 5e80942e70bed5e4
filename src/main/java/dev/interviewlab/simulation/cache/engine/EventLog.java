package dev.interviewlab.simulation.cache.engine;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * Records the steps of a run for replay: every step of a short trace, or the steps touching one
 * key (kept in a bounded ring) up to a given operation. Runs without a log record nothing.
 */
final class EventLog {

    static final int ALL_KEYS = -1;

    record Raw(long time, int client, int op, EventKind kind, int key, int value, int cacheValue, boolean cacheHasEntry,
               int dbValue, int committed, boolean cacheBehind, boolean stale, int count) {
    }

    private final int key;
    private final java.util.Set<Integer> pendingOps;
    private final int limit;
    private final ArrayDeque<Raw> events = new ArrayDeque<>();
    private final int keyOperation;
    private int budgetAfterKeyOperation = -1;
    private boolean stopped;

    private EventLog(int key, int keyOperation, java.util.Set<Integer> stopAfterOps, int limit) {
        this.key = key;
        this.keyOperation = keyOperation;
        this.pendingOps = new java.util.HashSet<>(stopAfterOps);
        this.limit = limit;
    }

    static EventLog everything() {
        return new EventLog(ALL_KEYS, -1, java.util.Set.of(), Integer.MAX_VALUE);
    }

    /**
     * The last {@code limit} steps touching {@code key}, until every operation in {@code stopAfterOps}
     * has ended, but at most {@code limit / 4} steps after {@code keyOperation} ended, so that
     * operation's own steps never fall out of the ring.
     */
    static EventLog forKey(int key, int keyOperation, java.util.Set<Integer> stopAfterOps, int limit) {
        return new EventLog(key, keyOperation, stopAfterOps, limit);
    }

    boolean wants(int eventKey) {
        return !stopped && (key == ALL_KEYS || eventKey == key || eventKey < 0);
    }

    void add(Raw event) {
        if (budgetAfterKeyOperation >= 0 && budgetAfterKeyOperation-- == 0) {
            stopped = true;
            return;
        }
        events.addLast(event);
        if (events.size() > limit) {
            events.removeFirst();
        }
    }

    void operationEnded(int op) {
        if (op == keyOperation && budgetAfterKeyOperation < 0) {
            budgetAfterKeyOperation = limit / 4;
        }
        if (pendingOps.remove(op) && pendingOps.isEmpty()) {
            stopped = true;
        }
    }

    List<Raw> events() {
        return new ArrayList<>(events);
    }

}
