package dev.interviewlab.simulation.cache.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One run: a database, a cache and the clients of a compiled workload, advanced event by event in
 * virtual time. Each client call is one event at the instant it takes effect (half-way through its
 * round trip); events at the same instant run in actor order (clients by number, then the cache's
 * own flusher, crash and second-delete timers), so a seed fixes the interleaving.
 *
 * <p>Built for speed: dense integer keys index primitive arrays, the event queue is a binary heap
 * of longs, and nothing is allocated per operation unless a replay log is attached.
 */
final class CacheRun {

    private static final AnomalyCause[] CAUSES = AnomalyCause.values();

    static final int ABSENT = -1;
    static final int INITIAL = -2;
    private static final int NONE = -1;
    private static final long NEVER = Long.MAX_VALUE;

    private static final int ACTOR_BITS = 10;
    private static final long ACTOR_MASK = (1L << ACTOR_BITS) - 1;

    // client phases; write step i is WRITE_PHASE + i
    private static final int GET = 0;
    private static final int READ_DB = 1;
    private static final int FILL = 2;
    private static final int WAITING = 3;
    private static final int SHARED = 4;
    private static final int BEGIN = 5;
    private static final int WRITE_PHASE = 8;

    static final int SOURCE_CACHE = 0;
    static final int SOURCE_DATABASE = 1;
    static final int SOURCE_SINGLE_FLIGHT = 2;
    static final int SOURCE_BLOOM = 3;
    static final int RESULT_HIT = 0;
    static final int RESULT_MISS = 1;
    static final int RESULT_WRITE = 2;

    // --- configuration
    private final CompiledWorkload workload;
    private final int[] opKey;
    private final boolean[] opWrite;
    private final Strategy strategy;
    private final Step[] writeSteps;
    private final boolean addIfAbsent;
    private final boolean writeBack;
    private final boolean invalidatesAfterCommit;
    private final long cacheLatency;
    private final long dbReadLatency;
    private final long dbWriteLatency;
    private final int latencyJitterPercent;
    private final long ttl;
    private final int ttlJitterPercent;
    private final boolean singleFlight;
    private final boolean hotKeyNeverExpires;
    private final boolean cacheNulls;
    private final long nullTtl;
    private final long flushInterval;
    private final int flushBatch;
    private final long crashAt;
    private final long secondDeleteDelay;
    private final long think;
    private final long eventBudget;
    private final Mitigation mitigation;
    private final FailureMode.Warmup warmup;
    private final double bloomTarget;

    // --- randomness, one stream per purpose
    private final SplitMix64 latencyRandom;
    private final SplitMix64 ttlRandom;

    // --- per key, interleaved so that one cache line holds all of a key's hot state:
    //     [slot in the cache, newest committed value, database value, (version << 1) | stale-window-open]
    private static final int STRIDE = 4;
    private static final int K_SLOT = 0;
    private static final int K_COMMITTED = 1;
    private static final int K_DB = 2;
    private static final int K_VERSION = 3;
    private final int[] keyState;

    // --- database: value ids are operation indexes of puts, or INITIAL / ABSENT
    /** Per put: 1 + its position in the global commit order, 0 while uncommitted. */
    private final int[] commitSeq;
    private int commitCounter;
    /** Per put: its version number among its key's commits (v1, v2, ...), 0 while uncommitted. */
    private final int[] versionOfOp;
    private final BloomFilter bloom;

    // --- cache
    private final int capacity;
    private final int[] keyOfSlot;
    private final int[] valueOfSlot;
    private final long[] expiresAt;
    /** The commit counter when the entry was written, and whether a writer (not a reader's fill) wrote it. */
    private final int[] filledAtSeq;
    private final boolean[] setByWriter;
    /** Write-back with a crash: the puts whose value the crash destroyed. */
    private final boolean[] lostInCrash;
    private final int[] dirtyWrites;
    private final boolean[] inDirtyList;
    private final int[] dirtyList;
    private int dirtyListSize;
    private int dirtyEntries;
    private final int[] freeSlots;
    private int freeCount;
    private int size;
    private final EvictionOrder order;
    /** Write-through: one write per key at a time; null for the other strategies. */
    private final KeyWriteQueue writeQueue;

    // --- single-flight: who loads a key, and who waits for it
    private final int[] loaderOf;
    private final int[] waitHead;
    private final int[] waitNext;

    // --- consistency windows per key
    private final long[] staleSince;
    private final long[] staleCap;

    // --- clients
    private final int clients;
    private final int[] nextPos;
    private final int[] currentOp;
    private final int[] phase;
    private final int[] carried;
    private final int[] committedAtStart;
    private final long[] opStart;
    private final long[] replyHalf;
    private int activeClients;

    // --- event queue: (time << ACTOR_BITS) | actor
    private final EventQueue queue;
    private final int flusherActor;
    private final int crashActor;
    private final int secondDeleteActor;
    private boolean flushScheduled;
    private final KeyTimers secondDeletes = new KeyTimers();
    /** Hot key never expires: the background job's reloads of it, one after each commit; null without. */
    private final KeyTimers hotKeyRefreshes;
    private final int refreshActor;

    // --- measurements
    private final LatencyHistogram latencies = new LatencyHistogram();
    private final LoadSeries series = new LoadSeries();
    private int reads;
    private int writes;
    private int hits;
    private int misses;
    private int dbReads;
    private int dbReadsNoRow;
    private int dbWrites;
    private int staleReads;
    private int lostWrites;
    private int evictions;
    private int expirations;
    private int coalesced;
    private int bloomRejected;
    private int missingKeyReads;
    private int bloomLookupsOfMissing;
    private int bloomFalsePositives;
    private int flushes;
    private long inconsistentMicros;
    private long longestInconsistency;
    private int inconsistencyWindows;
    private long endTime;
    private long events;
    private boolean truncated;
    private final int[] staleByCause = new int[CAUSES.length];
    private final int[] firstStaleOp = filled(CAUSES.length, NONE);
    private final int[] firstStaleClient = new int[CAUSES.length];
    private final int[] firstStaleValue = new int[CAUSES.length];
    private final int[] firstStaleNewest = new int[CAUSES.length];
    private final long[] firstStaleStart = new long[CAUSES.length];
    private final long[] firstStaleEnd = new long[CAUSES.length];

    // --- replay (only with a log)
    private final EventLog log;
    private final byte[] outcomeResult;
    private final byte[] outcomeSource;
    private final int[] outcomeValue;
    private final boolean[] outcomeStale;
    private final long[] outcomeStart;
    private final long[] outcomeEnd;

    CacheRun(SimulationInput input, CompiledWorkload workload, Strategy strategy, boolean mitigated, EventLog log) {
        this.workload = workload;
        this.opKey = workload.opKey;
        this.opWrite = workload.opWrite;
        this.strategy = strategy;
        this.writeSteps = strategy.writeSteps().toArray(Step[]::new);
        this.addIfAbsent = strategy.fill() == Strategy.Fill.ADD_IF_ABSENT;
        this.writeBack = strategy.writeBack();
        this.invalidatesAfterCommit = strategy.touchesCacheAfterCommit();
        Latencies l = input.latencies();
        this.cacheLatency = l.cacheMicros();
        this.dbReadLatency = l.dbReadMicros();
        this.dbWriteLatency = l.dbWriteMicros();
        this.latencyJitterPercent = l.jitterPercent();
        this.ttl = input.ttlMicros();
        Scenario scenario = input.scenario();
        this.mitigation = mitigated ? scenario.mitigation() : null;
        this.warmup = scenario.mode().warmup();
        this.ttlJitterPercent = mitigation == Mitigation.TTL_JITTER ? scenario.ttlJitterPercent() : 0;
        this.singleFlight = mitigation == Mitigation.SINGLE_FLIGHT;
        this.hotKeyNeverExpires = mitigation == Mitigation.HOT_KEY_NEVER_EXPIRES;
        this.cacheNulls = mitigation == Mitigation.CACHE_NULLS;
        this.nullTtl = scenario.nullTtlMicros();
        this.bloomTarget = scenario.bloomFalsePositiveRate();
        this.flushInterval = input.writeBack().flushIntervalMicros();
        this.flushBatch = input.writeBack().flushBatch();
        this.crashAt = input.crashAtMicros();
        this.secondDeleteDelay = input.secondDeleteDelayMicros();
        this.think = input.workload() instanceof GeneratedWorkload g ? g.thinkMicros() : 0;
        this.eventBudget = (long) workload.operations() * Limits.EVENTS_PER_OPERATION + 64;
        this.latencyRandom = new SplitMix64(input.seed() ^ 0x6C61_7465_6E63_7921L);
        this.ttlRandom = new SplitMix64(input.seed() ^ 0x7474_6C6A_6974_7465L);
        this.log = log;

        int keys = workload.keySpace;
        int ops = workload.operations();
        keyState = new int[keys * STRIDE];
        for (int key = 0; key < keys; key++) {
            int initial = workload.initiallyPresent[key] ? INITIAL : ABSENT;
            keyState[key * STRIDE + K_SLOT] = NONE;
            keyState[key * STRIDE + K_DB] = initial;
            keyState[key * STRIDE + K_COMMITTED] = initial;
        }
        commitSeq = new int[ops];
        versionOfOp = new int[ops];
        if (mitigation == Mitigation.BLOOM_FILTER) {
            int present = 0;
            for (boolean p : workload.initiallyPresent) {
                present += p ? 1 : 0;
            }
            bloom = BloomFilter.sizedFor(present, bloomTarget, input.seed());
            for (int key = 0; key < keys; key++) {
                if (workload.initiallyPresent[key]) {
                    bloom.add(key);
                }
            }
        } else {
            bloom = null;
        }

        capacity = input.capacity();
        keyOfSlot = new int[capacity];
        Arrays.fill(keyOfSlot, NONE);
        valueOfSlot = new int[capacity];
        expiresAt = new long[capacity];
        filledAtSeq = new int[capacity];
        setByWriter = new boolean[capacity];
        lostInCrash = writeBack && crashAt >= 0 ? new boolean[ops] : null;
        dirtyWrites = writeBack ? new int[capacity] : null;
        inDirtyList = writeBack ? new boolean[capacity] : null;
        dirtyList = writeBack ? new int[capacity] : null;
        freeSlots = new int[capacity];
        for (int i = 0; i < capacity; i++) {
            freeSlots[i] = capacity - 1 - i;
        }
        freeCount = capacity;
        order = input.eviction().newOrder(capacity);
        writeQueue = strategy.serialisesWritesPerKey() ? new KeyWriteQueue(keys, workload.clients) : null;

        clients = workload.clients;
        loaderOf = singleFlight ? filled(keys, NONE) : null;
        waitHead = singleFlight ? filled(keys, NONE) : null;
        waitNext = singleFlight ? new int[clients] : null;
        staleSince = new long[keys];
        staleCap = new long[keys];

        nextPos = new int[clients];
        currentOp = new int[clients];
        phase = new int[clients];
        carried = new int[clients];
        committedAtStart = new int[clients];
        opStart = new long[clients];
        replyHalf = new long[clients];
        flusherActor = clients;
        crashActor = clients + 1;
        secondDeleteActor = clients + 2;
        refreshActor = clients + 3;
        hotKeyRefreshes = hotKeyNeverExpires ? new KeyTimers() : null;
        queue = new EventQueue(clients + 4);

        boolean record = log != null;
        outcomeResult = record ? new byte[ops] : null;
        outcomeSource = record ? new byte[ops] : null;
        outcomeValue = record ? new int[ops] : null;
        outcomeStale = record ? new boolean[ops] : null;
        outcomeStart = record ? new long[ops] : null;
        outcomeEnd = record ? new long[ops] : null;
    }

    // ------------------------------------------------------------------ the loop

    CacheRun execute() {
        warmUp();
        if (crashAt >= 0) {
            push(crashAt, crashActor);
        }
        activeClients = clients;
        for (int c = 0; c < clients; c++) {
            nextPos[c] = workload.clientStart[c];
            startOperation(c, 0);
        }
        while (!queue.isEmpty()) {
            if (++events > eventBudget) {
                truncated = true;
                break;
            }
            long entry = queue.pop();
            long time = entry >>> ACTOR_BITS;
            int actor = (int) (entry & ACTOR_MASK);
            if (actor < clients) {
                step(actor, time);
            } else if (actor == flusherActor) {
                flushScheduled = false;
                flush(time);
            } else if (actor == crashActor) {
                crash(time);
            } else if (actor == secondDeleteActor) {
                secondDelete(time);
            } else {
                refreshHotKey(time);
            }
        }
        closeWindows();
        return this;
    }

    private void step(int c, long t) {
        switch (phase[c]) {
            case GET -> cacheGet(c, t);
            case READ_DB -> databaseRead(c, t);
            case FILL -> fill(c, t);
            case BEGIN -> begin(c, t);
            case SHARED -> {
                int op = currentOp[c];
                emit(EventKind.SINGLE_FLIGHT_SHARED, t, c, op, opKey[op], carried[c], 0);
                endRead(c, op, t, carried[c], SOURCE_SINGLE_FLIGHT, RESULT_MISS, NONE);
            }
            default -> writeStep(c, t, phase[c] - WRITE_PHASE);
        }
    }

    /**
     * Takes the client's next operation, to start at {@code t} or its trace time, whichever is later;
     * ends the client when none is left. The operation begins at once when no other event comes
     * before its start (nothing can change in between), else at its own event, so that "the newest
     * committed value when the read began" is read at exactly that moment.
     */
    private void startOperation(int c, long t) {
        startOperation(c, t, true);
    }

    private void startOperation(int c, long t, boolean mayBeginNow) {
        int pos = nextPos[c];
        if (pos == workload.clientStart[c + 1]) {
            activeClients--;
            return;
        }
        nextPos[c] = pos + 1;
        int op = workload.clientOps[pos];
        long start = workload.opAt == null || workload.opAt[op] < 0 ? t : Math.max(t, workload.opAt[op]);
        currentOp[c] = op;
        opStart[c] = start;
        if (!mayBeginNow || (!queue.isEmpty() && queue.peek() < ((start << ACTOR_BITS) | c))) {
            phase[c] = BEGIN;
            push(start, c);
            return;
        }
        begin(c, start);
    }

    private void begin(int c, long start) {
        int op = currentOp[c];
        int key = opKey[op];
        if (opWrite[op]) {
            if (writeQueue == null || writeQueue.acquire(key, c)) {
                phase[c] = WRITE_PHASE;
                issue(c, start, latencyOf(writeSteps[0]));
            }
            return;
        }
        int newest = keyState[key * STRIDE + K_COMMITTED];
        committedAtStart[c] = newest;
        if (newest == ABSENT) {
            missingKeyReads++;
        }
        if (bloom != null) {
            boolean maybe = bloom.mightContain(key);
            if (newest == ABSENT && keyState[key * STRIDE + K_DB] == ABSENT) {
                bloomLookupsOfMissing++;
                if (maybe) {
                    bloomFalsePositives++;
                }
            }
            if (!maybe) {
                // the filter answers locally: no cache call, no database query
                bloomRejected++;
                emit(EventKind.BLOOM_REJECTED, start, c, op, key, ABSENT, 0);
                finishRead(c, op, start, ABSENT, SOURCE_BLOOM, RESULT_MISS, NONE);
                // through the queue, so a long run of rejected reads cannot deepen the stack
                startOperation(c, start + think, false);
                return;
            }
        }
        phase[c] = GET;
        issue(c, start, cacheLatency);
    }


    // ------------------------------------------------------------------ reads

    private void cacheGet(int c, long t) {
        int op = currentOp[c];
        int key = opKey[op];
        int slot = keyState[key * STRIDE + K_SLOT];
        if (slot != NONE && expiresAt[slot] <= t) {
            expirations++;
            removeSlot(slot, t);
            emit(EventKind.CACHE_EXPIRED, t, c, op, key, ABSENT, 0);
            slot = NONE;
        }
        if (slot != NONE) {
            hits++;
            series.hit(t);
            order.accessed(slot);
            int value = valueOfSlot[slot];
            if (log != null) {
                emitRead(EventKind.CACHE_HIT, t, c, op, key, value);
            }
            endRead(c, op, t + replyHalf[c], value, SOURCE_CACHE, RESULT_HIT, slot);
            return;
        }
        misses++;
        series.miss(t);
        if (singleFlight) {
            if (loaderOf[key] != NONE) {
                // another client is already loading this key: wait for its result (single-flight)
                coalesced++;
                phase[c] = WAITING;
                waitNext[c] = waitHead[key];
                waitHead[key] = c;
                emit(EventKind.SINGLE_FLIGHT_WAIT, t, c, op, key, ABSENT, 0);
                return;
            }
            loaderOf[key] = c;
        }
        emit(EventKind.CACHE_MISS, t, c, op, key, ABSENT, 0);
        phase[c] = READ_DB;
        issue(c, t + replyHalf[c], dbReadLatency);
    }

    private void databaseRead(int c, long t) {
        int op = currentOp[c];
        int key = opKey[op];
        int value = keyState[key * STRIDE + K_DB];
        dbReads++;
        series.dbRead(t);
        carried[c] = value;
        if (writeQueue != null) {
            writeQueue.loaded(c, keyState[key * STRIDE + K_VERSION] >>> 1);
        }
        if (value == ABSENT) {
            dbReadsNoRow++;
            emit(EventKind.DB_READ_NO_ROW, t, c, op, key, ABSENT, 0);
            if (!cacheNulls) {
                long end = t + replyHalf[c];
                share(key, ABSENT, end);
                endRead(c, op, end, ABSENT, SOURCE_DATABASE, RESULT_MISS, NONE);
                return;
            }
        } else {
            emit(EventKind.DB_READ, t, c, op, key, value, 0);
        }
        phase[c] = FILL;
        issue(c, t + replyHalf[c], cacheLatency);
    }

    private void fill(int c, long t) {
        int op = currentOp[c];
        int key = opKey[op];
        int value = carried[c];
        int slot = liveSlot(key, t);
        if ((slot != NONE && addIfAbsent)
                || (writeQueue != null && writeQueue.overtaken(c, keyState[key * STRIDE + K_VERSION] >>> 1))) {
            // a read-through cache keeps the entry a writer put there while this load was in flight, and
            // one that orders writes per key drops a load a write overtook (that write sets the entry)
            emit(EventKind.CACHE_FILL_SKIPPED, t, c, op, key, value, 0);
        } else {
            long expiry = value == ABSENT ? t + nullTtl : expiryFor(key, t);
            put(key, value, expiry, t, false);
            emit(value == ABSENT ? EventKind.CACHE_FILL_NULL : EventKind.CACHE_FILL, t, c, op, key, value, 0);
        }
        long end = t + replyHalf[c];
        share(key, value, end);
        endRead(c, op, end, value, SOURCE_DATABASE, RESULT_MISS, NONE);
    }

    /** Single-flight: hand the loaded value to every client waiting for this key. */
    private void share(int key, int value, long time) {
        if (!singleFlight) {
            return;
        }
        loaderOf[key] = NONE;
        int waiter = waitHead[key];
        waitHead[key] = NONE;
        while (waiter != NONE) {
            carried[waiter] = value;
            phase[waiter] = SHARED;
            push(time, waiter);
            waiter = waitNext[waiter];
        }
    }

    private void endRead(int c, int op, long end, int value, int source, int result, int slot) {
        finishRead(c, op, end, value, source, result, slot);
        startOperation(c, end + think);
    }

    private void finishRead(int c, int op, long end, int value, int source, int result, int slot) {
        reads++;
        latencies.record(end - opStart[c]);
        if (end > endTime) {
            endTime = end;
        }
        int newest = committedAtStart[c];
        boolean stale = value != newest && seq(value) < seq(newest);
        if (stale) {
            staleReads++;
            int cause = causeOf(source, slot, newest).ordinal();
            if (staleByCause[cause]++ == 0) {
                firstStaleOp[cause] = op;
                firstStaleClient[cause] = c;
                firstStaleValue[cause] = value;
                firstStaleNewest[cause] = newest;
                firstStaleStart[cause] = opStart[c];
                firstStaleEnd[cause] = end;
            }
        }
        if (log != null) {
            if (source != SOURCE_CACHE) {
                emitReturned(end, c, op, opKey[op], value, stale);
            }
            outcomeResult[op] = (byte) result;
            outcomeSource[op] = (byte) source;
            outcomeValue[op] = value;
            outcomeStale[op] = stale;
            outcomeStart[op] = opStart[c];
            outcomeEnd[op] = end;
            log.operationEnded(op);
        }
    }

    // ------------------------------------------------------------------ writes

    private void writeStep(int c, long t, int index) {
        int op = currentOp[c];
        int key = opKey[op];
        switch (writeSteps[index]) {
            case DB_WRITE -> {
                dbWrites++;
                series.dbWrite(t, 1);
                keyState[key * STRIDE + K_DB] = op;
                commit(key, op);
                emit(EventKind.DB_WRITE, t, c, op, key, op, 0);
                checkConsistency(key, t);
                if (keepsHotKey(key) && hotKeyRefreshes.add(t + dbReadLatency + cacheLatency, key)) {
                    push(t + dbReadLatency + cacheLatency, refreshActor);
                }
            }
            case CACHE_DELETE -> {
                int slot = keyState[key * STRIDE + K_SLOT];
                if (!keepsHotKey(key)) {
                    if (slot != NONE) {
                        removeSlot(slot, t);
                    }
                    emit(EventKind.CACHE_DELETE, t, c, op, key, ABSENT, 0);
                }
            }
            case CACHE_SET -> {
                put(key, op, expiryFor(key, t), t, true);
                emit(EventKind.CACHE_SET, t, c, op, key, op, 0);
            }
            case CACHE_SET_DIRTY -> {
                int slot = put(key, op, expiryFor(key, t), t, true);
                commit(key, op);
                if (dirtyWrites[slot]++ == 0) {
                    dirtyEntries++;
                    if (!inDirtyList[slot]) {
                        inDirtyList[slot] = true;
                        dirtyList[dirtyListSize++] = slot;
                    }
                }
                emit(EventKind.CACHE_SET_DIRTY, t, c, op, key, op, dirtyWrites[slot]);
                checkConsistency(key, t);
                if (flushBatch > 0 && dirtyEntries >= flushBatch) {
                    flush(t);
                } else if (flushInterval > 0 && !flushScheduled) {
                    flushScheduled = true;
                    push(t + flushInterval, flusherActor);
                }
            }
            case SCHEDULE_SECOND_DELETE -> throw new IllegalStateException("a local step is never issued");
        }
        if (writeQueue != null && index == writeSteps.length - 1) {
            int waiter = writeQueue.release(key);
            if (waiter != NONE) {
                // the entry is updated: the next writer of the key may now write the database
                phase[waiter] = WRITE_PHASE;
                issue(waiter, t, latencyOf(writeSteps[0]));
            }
        }
        long reply = t + replyHalf[c];
        int next = index + 1;
        if (next < writeSteps.length && writeSteps[next] == Step.SCHEDULE_SECOND_DELETE) {
            // the delay runs from the commit; the client does not wait for the second delete
            enqueueSecondDelete(t + secondDeleteDelay, key);
            next++;
        }
        if (next < writeSteps.length) {
            phase[c] = WRITE_PHASE + next;
            issue(c, reply, latencyOf(writeSteps[next]));
            return;
        }
        writes++;
        latencies.record(reply - opStart[c]);
        if (reply > endTime) {
            endTime = reply;
        }
        if (log != null) {
            outcomeResult[op] = RESULT_WRITE;
            outcomeStart[op] = opStart[c];
            outcomeEnd[op] = reply;
            log.operationEnded(op);
        }
        startOperation(c, reply + think);
    }

    /** Why a read returned a value older than {@code newest} (the newest committed value when it began). */
    private AnomalyCause causeOf(int source, int slot, int newest) {
        if (lostInCrash != null && newest >= 0 && lostInCrash[newest]) {
            return AnomalyCause.LOST_ON_CRASH;
        }
        if (source == SOURCE_SINGLE_FLIGHT) {
            return AnomalyCause.SHARED_OLD_LOAD;
        }
        if (source != SOURCE_CACHE) {
            return AnomalyCause.DATABASE_BEHIND;
        }
        if (keepsHotKey(keyOfSlot[slot]) && !setByWriter[slot]) {
            return AnomalyCause.REFRESH_PENDING;
        }
        if (filledAtSeq[slot] < seq(newest) && invalidatesAfterCommit) {
            return AnomalyCause.INVALIDATION_PENDING;
        }
        return setByWriter[slot] ? AnomalyCause.OUT_OF_ORDER_SET : AnomalyCause.STALE_FILL;
    }

    private void commit(int key, int op) {
        if (keyState[key * STRIDE + K_COMMITTED] == ABSENT && bloom != null) {
            // a new row: the filter must know it before anyone asks for it
            bloom.add(key);
        }
        keyState[key * STRIDE + K_COMMITTED] = op;
        commitSeq[op] = ++commitCounter;
        int versionAndFlag = keyState[key * STRIDE + K_VERSION] + 2;
        keyState[key * STRIDE + K_VERSION] = versionAndFlag;
        versionOfOp[op] = versionAndFlag >>> 1;
    }

    // ------------------------------------------------------------------ the cache's own events

    private void flush(long t) {
        int written = 0;
        for (int i = 0; i < dirtyListSize; i++) {
            int slot = dirtyList[i];
            inDirtyList[slot] = false;
            if (dirtyWrites[slot] > 0) {
                int key = keyOfSlot[slot];
                keyState[key * STRIDE + K_DB] = valueOfSlot[slot];
                emit(EventKind.WRITTEN_BACK, t, NONE, NONE, key, valueOfSlot[slot], dirtyWrites[slot]);
                dirtyWrites[slot] = 0;
                written++;
            }
        }
        dirtyListSize = 0;
        dirtyEntries = 0;
        if (written > 0) {
            dbWrites += written;
            series.dbWrite(t, written);
            flushes++;
        }
    }

    private void crash(long t) {
        int lost = 0;
        for (int slot = 0; slot < capacity; slot++) {
            int key = keyOfSlot[slot];
            if (key == NONE) {
                continue;
            }
            if (writeBack) {
                lost += dirtyWrites[slot];
                if (dirtyWrites[slot] > 0 && valueOfSlot[slot] >= 0) {
                    lostInCrash[valueOfSlot[slot]] = true;
                }
                dirtyWrites[slot] = 0;
            }
            removeSlot(slot, t);
        }
        for (int i = 0; i < dirtyListSize; i++) {
            inDirtyList[dirtyList[i]] = false;
        }
        dirtyListSize = 0;
        dirtyEntries = 0;
        lostWrites += lost;
        emit(EventKind.CRASH, t, NONE, NONE, NONE, ABSENT, lost);
    }

    private void enqueueSecondDelete(long time, int key) {
        if (secondDeletes.add(time, key)) {
            push(time, secondDeleteActor);
        }
    }

    private void secondDelete(long t) {
        int key = secondDeletes.poll();
        int slot = keyState[key * STRIDE + K_SLOT];
        if (slot != NONE && !keepsHotKey(key)) {
            removeSlot(slot, t);
        }
        emit(EventKind.SECOND_DELETE, t, NONE, NONE, key, ABSENT, 0);
        if (!secondDeletes.isEmpty()) {
            push(secondDeletes.nextTime(), secondDeleteActor);
        }
    }

    /**
     * Hot key never expires: writers leave the hot key in the cache (deleting it would let the herd
     * in again) and a background job reloads it from the database after each commit; until then
     * readers get the previous value.
     */
    private boolean keepsHotKey(int key) {
        return hotKeyRefreshes != null && key == CompiledWorkload.HOT_KEY;
    }

    private void refreshHotKey(long t) {
        int key = hotKeyRefreshes.poll();
        int value = keyState[key * STRIDE + K_DB];
        dbReads++;
        series.dbRead(t);
        put(key, value, NEVER, t, false);
        emit(EventKind.HOT_KEY_REFRESHED, t, NONE, NONE, key, value, 0);
        if (!hotKeyRefreshes.isEmpty()) {
            push(hotKeyRefreshes.nextTime(), refreshActor);
        }
    }

    // ------------------------------------------------------------------ cache entries

    private void warmUp() {
        if (warmup == FailureMode.Warmup.COLD) {
            return;
        }
        int loaded = 0;
        int present = Math.min(capacity, workload.keySpace);
        for (int key = 0; key < workload.keySpace && loaded < capacity; key++) {
            if (!workload.initiallyPresent[key]) {
                continue;
            }
            long expiry;
            if (ttl == 0 || (hotKeyNeverExpires && key == CompiledWorkload.HOT_KEY)) {
                expiry = NEVER;
            } else if (warmup == FailureMode.Warmup.SAME_TTL) {
                // a warm-up job loads every key with the same TTL: they all expire together
                expiry = ttl + jitter();
            } else {
                // a cache in steady state: expiries spread evenly over [TTL, 2 TTL)
                expiry = ttl + ttl * loaded / present + jitter();
            }
            put(key, INITIAL, expiry, 0, false);
            loaded++;
        }
    }

    private long expiryFor(int key, long t) {
        if (ttl == 0 || (hotKeyNeverExpires && key == CompiledWorkload.HOT_KEY)) {
            return NEVER;
        }
        return t + ttl + jitter();
    }

    private long jitter() {
        return ttlJitterPercent == 0 ? 0 : ttlRandom.nextLong(ttl * ttlJitterPercent / 100 + 1);
    }

    /** The key's slot if it holds an unexpired entry; an expired one is removed. */
    private int liveSlot(int key, long t) {
        int slot = keyState[key * STRIDE + K_SLOT];
        if (slot != NONE && expiresAt[slot] <= t) {
            expirations++;
            removeSlot(slot, t);
            return NONE;
        }
        return slot;
    }

    /** SET semantics: overwrite the key's entry (an access) or insert one, evicting if full. */
    private int put(int key, int value, long expiry, long t, boolean byWriter) {
        int slot = liveSlot(key, t);
        if (slot != NONE) {
            valueOfSlot[slot] = value;
            expiresAt[slot] = expiry;
            filledAtSeq[slot] = commitCounter;
            setByWriter[slot] = byWriter;
            order.accessed(slot);
        } else {
            if (freeCount == 0) {
                int victim = order.victim();
                evictions++;
                emit(EventKind.EVICTED, t, NONE, NONE, keyOfSlot[victim], valueOfSlot[victim], 0);
                removeSlot(victim, t);
            }
            slot = freeSlots[--freeCount];
            keyState[key * STRIDE + K_SLOT] = slot;
            keyOfSlot[slot] = key;
            valueOfSlot[slot] = value;
            expiresAt[slot] = expiry;
            filledAtSeq[slot] = commitCounter;
            setByWriter[slot] = byWriter;
            order.inserted(slot);
            size++;
        }
        checkConsistency(key, t);
        return slot;
    }

    private void removeSlot(int slot, long t) {
        int key = keyOfSlot[slot];
        if (writeBack && dirtyWrites[slot] > 0) {
            // a dirty entry leaving the cache is written back first, or the write would be lost
            keyState[key * STRIDE + K_DB] = valueOfSlot[slot];
            dbWrites++;
            series.dbWrite(t, 1);
            emit(EventKind.WRITTEN_BACK, t, NONE, NONE, key, valueOfSlot[slot], dirtyWrites[slot]);
            dirtyWrites[slot] = 0;
            dirtyEntries--;
        }
        order.removed(slot);
        keyState[key * STRIDE + K_SLOT] = NONE;
        keyOfSlot[slot] = NONE;
        freeSlots[freeCount++] = slot;
        size--;
        checkConsistency(key, t);
    }

    // ------------------------------------------------------------------ consistency

    /** Commit order of a value: the initial row is 0, no row is -1, an uncommitted write is newest of all. */
    private int seq(int value) {
        if (value >= 0) {
            int s = commitSeq[value];
            return s == 0 ? Integer.MAX_VALUE : s;
        }
        return value == INITIAL ? 0 : -1;
    }

    /** Opens or closes the key's window of "cache holds a value older than the newest committed". */
    private void checkConsistency(int key, long t) {
        int base = key * STRIDE;
        int slot = keyState[base + K_SLOT];
        int newest = keyState[base + K_COMMITTED];
        boolean stale = slot != NONE && expiresAt[slot] > t && valueOfSlot[slot] != newest
                && seq(valueOfSlot[slot]) < seq(newest);
        boolean open = (keyState[base + K_VERSION] & 1) != 0;
        if (stale) {
            if (!open) {
                keyState[base + K_VERSION] |= 1;
                staleSince[key] = t;
            }
            staleCap[key] = expiresAt[slot];
        } else if (open) {
            closeWindow(key, t);
        }
    }

    private void closeWindow(int key, long t) {
        keyState[key * STRIDE + K_VERSION] &= ~1;
        long end = Math.min(t, staleCap[key]);
        long length = end - staleSince[key];
        if (length > 0) {
            inconsistentMicros += length;
            inconsistencyWindows++;
            longestInconsistency = Math.max(longestInconsistency, length);
        }
    }

    private void closeWindows() {
        for (int key = 0; key < staleSince.length; key++) {
            if ((keyState[key * STRIDE + K_VERSION] & 1) != 0) {
                closeWindow(key, Math.max(endTime, staleSince[key]));
            }
        }
    }

    // ------------------------------------------------------------------ timing and the queue

    private long latencyOf(Step step) {
        return switch (step) {
            case DB_READ -> dbReadLatency;
            case DB_WRITE -> dbWriteLatency;
            default -> cacheLatency;
        };
    }

    /** Sends a call at {@code at}: it takes effect half-way through its round trip. */
    private void issue(int c, long at, long latency) {
        long total = latencyJitterPercent == 0 ? latency
                : latency + latencyRandom.nextLong(latency * latencyJitterPercent / 100 + 1);
        long half = total >>> 1;
        replyHalf[c] = total - half;
        push(at + half, c);
    }

    private void push(long time, int actor) {
        queue.push((time << ACTOR_BITS) | actor);
    }

    // ------------------------------------------------------------------ replay log

    private void emit(EventKind kind, long t, int c, int op, int key, int value, int count) {
        if (log != null && log.wants(key)) {
            record(kind, t, c, op, key, value, false, count);
        }
    }

    private void emitRead(EventKind kind, long t, int c, int op, int key, int value) {
        if (log.wants(key)) {
            int newest = committedAtStart[c];
            record(kind, t, c, op, key, value, value != newest && seq(value) < seq(newest), 0);
        }
    }

    private void emitReturned(long t, int c, int op, int key, int value, boolean stale) {
        if (log.wants(key)) {
            record(EventKind.READ_RETURNED, t, c, op, key, value, stale, 0);
        }
    }

    private void record(EventKind kind, long t, int c, int op, int key, int value, boolean stale, int count) {
        int slot = key < 0 ? NONE : keyState[key * STRIDE + K_SLOT];
        boolean cached = slot != NONE && expiresAt[slot] > t;
        int newest = key < 0 ? ABSENT : keyState[key * STRIDE + K_COMMITTED];
        boolean behind = cached && valueOfSlot[slot] != newest && seq(valueOfSlot[slot]) < seq(newest);
        log.add(new EventLog.Raw(t, c, op, kind, key, value, cached ? valueOfSlot[slot] : ABSENT, cached,
                key < 0 ? ABSENT : keyState[key * STRIDE + K_DB], newest, behind, stale, count));
    }

    // ------------------------------------------------------------------ results

    Metrics metrics() {
        TimeSeries s = timeSeries();
        int lookups = hits + misses;
        int unflushed = 0;
        if (writeBack) {
            for (int slot = 0; slot < capacity; slot++) {
                unflushed += keyOfSlot[slot] == NONE ? 0 : dirtyWrites[slot];
            }
        }
        return new Metrics(reads + writes, reads, writes, hits, misses, lookups == 0 ? 0 : (double) hits / lookups,
                dbReads, dbReadsNoRow, dbWrites, staleReads, staleReadsByCause(), lostWrites, evictions, expirations, coalesced,
                writeQueue == null ? 0 : writeQueue.waited(), bloomRejected,
                missingKeyReads, flushes, unflushed, inconsistentMicros, longestInconsistency, inconsistencyWindows,
                latencies.percentile(50), latencies.percentile(95), latencies.percentile(99), latencies.max(),
                endTime, s.peakDbLoad(), s.windowMicros(), truncated);
    }

    TimeSeries timeSeries() {
        return series.snapshot(endTime);
    }

    BloomReport bloomReport() {
        return bloom == null ? null : new BloomReport(bloom.bits(), bloom.hashes(), bloom.inserted(), bloomTarget,
                bloom.theoreticalFalsePositiveRate(), bloomLookupsOfMissing, bloomFalsePositives);
    }

    Mitigation mitigation() {
        return mitigation;
    }

    Strategy strategy() {
        return strategy;
    }


    /**
     * How the learner reads a value: the trace's own value, or v0 for the initial row and v1, v2, ...
     * in commit order; "v?" is a write not committed yet; null is no row.
     */
    String label(int key, int value) {
        if (value == ABSENT) {
            return null;
        }
        if (value == INITIAL) {
            String initial = workload.initialValue(key);
            return initial != null ? initial : "v0";
        }
        String own = workload.putValue(value);
        if (own != null) {
            return own;
        }
        return versionOfOp[value] == 0 ? "v?" : "v" + versionOfOp[value];
    }

    /** The first stale read of each cause that occurred, in the order they happened. */
    List<StaleRead> firstStaleReads() {
        List<StaleRead> reads = new ArrayList<>();
        for (AnomalyCause cause : CAUSES) {
            int i = cause.ordinal();
            if (firstStaleOp[i] != NONE) {
                int key = opKey[firstStaleOp[i]];
                reads.add(new StaleRead(firstStaleOp[i], firstStaleClient[i], workload.keyName(key), key, firstStaleStart[i],
                        firstStaleEnd[i], label(key, firstStaleValue[i]), label(key, firstStaleNewest[i]), cause,
                        firstStaleNewest[i]));
            }
        }
        reads.sort(java.util.Comparator.comparingLong(StaleRead::endMicros).thenComparingInt(StaleRead::operation));
        return reads;
    }

    java.util.Map<AnomalyCause, Integer> staleReadsByCause() {
        java.util.Map<AnomalyCause, Integer> counts = new java.util.EnumMap<>(AnomalyCause.class);
        for (AnomalyCause cause : CAUSES) {
            if (staleByCause[cause.ordinal()] > 0) {
                counts.put(cause, staleByCause[cause.ordinal()]);
            }
        }
        return counts;
    }

    List<Outcome> outcomes() {
        if (log == null || !workload.isTrace()) {
            return List.of();
        }
        List<Outcome> outcomes = new ArrayList<>(workload.operations());
        for (int op = 0; op < workload.operations(); op++) {
            int key = opKey[op];
            String keyName = workload.keyName(key);
            int client = workload.opClient[op];
            if (opWrite[op]) {
                outcomes.add(new Outcome(op, "put", keyName, "write", label(key, op), false, null, client,
                        outcomeStart[op], outcomeEnd[op]));
            } else {
                String source = switch (outcomeSource[op]) {
                    case SOURCE_CACHE -> "cache";
                    case SOURCE_SINGLE_FLIGHT -> "single-flight";
                    case SOURCE_BLOOM -> "bloom-filter";
                    default -> "database";
                };
                outcomes.add(new Outcome(op, "get", keyName, outcomeResult[op] == RESULT_HIT ? "hit" : "miss",
                        label(key, outcomeValue[op]), outcomeStale[op], source, client, outcomeStart[op], outcomeEnd[op]));
            }
        }
        return outcomes;
    }

    private static int[] filled(int length, int value) {
        int[] array = new int[length];
        Arrays.fill(array, value);
        return array;
    }

}
