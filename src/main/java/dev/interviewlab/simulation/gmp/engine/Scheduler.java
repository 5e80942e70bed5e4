package dev.interviewlab.simulation.gmp.engine;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The state of one run and the tick that advances it. Each tick: syscalls return and timers and network
 * waits become ready; sysmon retakes Ps from syscalls, preempts long runners and polls the network; every
 * free P runs {@code schedule()}; every running G does one tick of work (the main goroutine starts Gs).
 */
final class Scheduler {

    /** Where one live goroutine is, for the invariant checks. */
    record Location(int g, String place) {
    }

    private final GmpInput input;
    private final List<Proc> procs = new ArrayList<>();
    private final ArrayDeque<Goroutine> global = new ArrayDeque<>();
    private final List<Machine> threads = new ArrayList<>();
    private final ArrayDeque<Machine> idleThreads = new ArrayDeque<>();
    private final List<Goroutine> sleeping = new ArrayList<>();
    private final List<Goroutine> timerReady = new ArrayList<>();
    private final List<Goroutine> netWaiting = new ArrayList<>();
    private final List<Goroutine> netReady = new ArrayList<>();
    private final List<Goroutine> all = new ArrayList<>();
    private final List<GmpEvent> events = new ArrayList<>();
    private final SplittableRandom random;
    private final Goroutine main;
    private int nextSpawn;
    private int spawnedOfLine;
    private int lastPoll;
    private int tick;
    private int maxGlobal;

    Scheduler(GmpInput input) {
        this.input = input;
        this.random = new SplittableRandom(input.seed());
        for (int i = 0; i < input.gomaxprocs(); i++) {
            procs.add(new Proc(i));
        }
        main = new Goroutine(1, 0, 0, List.of(new Phase(PhaseKind.WORK, 1)));
        Proc p0 = procs.get(0);
        p0.m = newThread(-1);
        p0.running = main;
        p0.schedtick = 1;
        main.firstRun = 0;
    }

    boolean finished() {
        return main.done() && all.stream().allMatch(Goroutine::done);
    }

    int tick() {
        return tick;
    }

    List<GmpEvent> events() {
        return events;
    }

    List<GoroutineStats> stats() {
        return all.stream().map(Goroutine::stats).toList();
    }

    int threadCount() {
        return threads.size();
    }

    int maxGlobal() {
        return maxGlobal;
    }

    /** Advances one tick and returns the frame of what ran during it. */
    Frame step() {
        wakeUps();
        sysmon();
        for (Proc p : procs) {
            if (p.free()) {
                schedule(p);
            }
        }
        Frame frame = frame();
        for (Proc p : procs) {
            if (p.running != null) {
                run(p, p.running);
            }
        }
        maxGlobal = Math.max(maxGlobal, global.size());
        tick++;
        return frame;
    }

    // ---- wake-ups ----

    private void wakeUps() {
        for (Machine m : List.copyOf(threads)) {
            if (m.blocked != null && m.blocked.wakeAt <= tick) {
                exitSyscall(m);
            }
        }
        moveDue(sleeping, timerReady);
        moveDue(netWaiting, netReady);
    }

    private void moveDue(List<Goroutine> from, List<Goroutine> to) {
        for (Iterator<Goroutine> it = from.iterator(); it.hasNext(); ) {
            Goroutine g = it.next();
            if (g.wakeAt <= tick) {
                it.remove();
                g.advance();
                if (g.done()) {
                    finish(g, -1);
                } else {
                    g.runnableSince = tick;
                    to.add(g);
                }
            }
        }
    }

    private void exitSyscall(Machine m) {
        Goroutine g = m.blocked;
        m.blocked = null;
        g.advance();
        Proc own = m.heldBefore;
        m.heldBefore = null;
        Proc p = own != null && own.syscall == m ? own : null;
        if (p != null) {
            p.syscall = null;
            p.m = m;
        } else {
            p = procs.stream().filter(q -> q.m == null && q.free()).findFirst().orElse(null);
            if (p != null) {
                p.m = m;
            }
        }
        events.add(new GmpEvent(tick, EventKind.SYSCALL_EXIT, p == null ? -1 : p.id, m.id, g.id, -1, 0));
        if (g.done()) {
            finish(g, p == null ? -1 : p.id);
            if (p == null) {
                idleThreads.add(m);
            }
            return;
        }
        g.runnableSince = tick;
        if (p != null) {
            execute(p, g, true);
        } else {
            global.add(g);
            idleThreads.add(m);
        }
    }

    // ---- sysmon ----

    private void sysmon() {
        for (Proc p : procs) {
            if (p.syscall != null && tick - p.syscallSince >= RuntimeRules.SYSCALL_RETAKE_AFTER_TICKS) {
                boolean othersCanRun = procs.stream().anyMatch(q -> q != p && q.running == null && q.syscall == null);
                if (p.queued() > 0 || !othersCanRun
                        || tick - p.syscallSince >= RuntimeRules.PREEMPT_AFTER_TICKS) {
                    handoff(p);
                }
            }
            if (p.running != null && p.running != main && tick - p.sliceStart >= RuntimeRules.PREEMPT_AFTER_TICKS) {
                preempt(p);
            }
        }
        if (!netReady.isEmpty() && tick - lastPoll >= RuntimeRules.SYSMON_NETPOLL_AFTER_TICKS) {
            events.add(new GmpEvent(tick, EventKind.NETPOLL_INJECT, -1, 0, 0, -1, netReady.size()));
            global.addAll(netReady);
            netReady.clear();
            lastPoll = tick;
        }
    }

    private void handoff(Proc p) {
        Machine blocked = p.syscall;
        p.syscall = null;
        p.m = null;
        boolean work = p.queued() > 0 || !global.isEmpty() || !netReady.isEmpty() || !timerReady.isEmpty();
        Machine next = work ? acquireThread(p.id) : null;
        p.m = next;
        events.add(new GmpEvent(tick, EventKind.HANDOFF, p.id, blocked.id, 0, next == null ? -1 : next.id, 0));
    }

    private void preempt(Proc p) {
        Goroutine g = p.running;
        if (input.preemption() == Preemption.ASYNC || g.current().kind() != PhaseKind.LOOP_NOCALLS) {
            events.add(new GmpEvent(tick, EventKind.PREEMPT, p.id, p.m.id, g.id, -1, 0));
            p.running = null;
            g.runnableSince = tick;
            global.add(g);
        } else if (!g.preemptIgnoredReported) {
            g.preemptIgnoredReported = true;
            events.add(new GmpEvent(tick, EventKind.PREEMPT_IGNORED, p.id, p.m.id, g.id, -1, 0));
        }
    }

    // ---- schedule() and findrunnable() ----

    private void schedule(Proc p) {
        for (Goroutine g : timerReady) {
            events.add(new GmpEvent(tick, EventKind.TIMER_READY, p.id, 0, g.id, -1, 0));
            runqput(p, g, true);
        }
        timerReady.clear();
        Goroutine g = null;
        boolean inherit = false;
        if (p.schedtick % RuntimeRules.GLOBAL_CHECK_PERIOD == 0 && !global.isEmpty()) {
            g = global.poll();
            events.add(new GmpEvent(tick, EventKind.GLOBAL_CHECK, p.id, 0, g.id, -1, 1));
        } else if (p.runnext != null) {
            g = p.runnext;
            p.runnext = null;
            inherit = true;
        } else if (!p.local.isEmpty()) {
            g = p.local.poll();
        } else {
            g = findRunnable(p);
        }
        if (g == null) {
            if (p.m != null) {
                idleThreads.add(p.m);
                p.m = null;
            }
            return;
        }
        if (p.m == null) {
            p.m = acquireThread(p.id);
        }
        execute(p, g, inherit);
    }

    private Goroutine findRunnable(Proc p) {
        if (!global.isEmpty()) {
            int n = Math.min(global.size(), global.size() / procs.size() + 1);
            n = Math.min(n, RuntimeRules.LOCAL_QUEUE_CAPACITY / 2);
            events.add(new GmpEvent(tick, EventKind.GLOBAL_TAKE, p.id, 0, global.peek().id, -1, n));
            Goroutine first = global.poll();
            for (int i = 1; i < n; i++) {
                p.local.add(global.poll());
            }
            return first;
        }
        if (!netReady.isEmpty()) {
            events.add(new GmpEvent(tick, EventKind.NETPOLL_READY, p.id, 0, netReady.get(0).id, -1, netReady.size()));
            Goroutine first = netReady.remove(0);
            netReady.forEach(g -> runqput(p, g, false));
            netReady.clear();
            lastPoll = tick;
            return first;
        }
        return steal(p);
    }

    private Goroutine steal(Proc thief) {
        List<Proc> victims = new ArrayList<>(procs);
        victims.remove(thief);
        if (victims.isEmpty()) {
            return null;
        }
        for (int attempt = 0; attempt < RuntimeRules.STEAL_TRIES; attempt++) {
            int start = random.nextInt(victims.size());
            for (int k = 0; k < victims.size(); k++) {
                Proc victim = victims.get((start + k) % victims.size());
                int n = victim.local.size() - victim.local.size() / 2;
                if (n > 0) {
                    for (int i = 0; i < n; i++) {
                        thief.local.add(victim.local.poll());
                    }
                    events.add(new GmpEvent(tick, EventKind.STEAL, thief.id, 0, thief.local.peekLast().id, victim.id, n));
                    return thief.local.pollLast();
                }
                boolean lastAttempt = attempt == RuntimeRules.STEAL_TRIES - 1;
                if (lastAttempt && victim.runnext != null && victim.running != null) {
                    Goroutine g = victim.runnext;
                    victim.runnext = null;
                    events.add(new GmpEvent(tick, EventKind.STEAL, thief.id, 0, g.id, victim.id, 1));
                    return g;
                }
            }
        }
        return null;
    }

    private void execute(Proc p, Goroutine g, boolean inherit) {
        if (!inherit) {
            p.schedtick++; // a G from runnext inherits the time slice: schedtick stays (proc.go, runqget)
        }
        p.sliceStart = tick; // the model gives every G a fresh 10 ms slice, even from runnext
        p.running = g;
        g.longestWait = Math.max(g.longestWait, tick - g.runnableSince);
        if (g.firstRun < 0) {
            g.firstRun = tick;
        }
    }

    private void runqput(Proc p, Goroutine g, boolean next) {
        if (next) {
            Goroutine kicked = p.runnext;
            p.runnext = g;
            if (kicked == null) {
                return;
            }
            g = kicked;
        }
        if (p.local.size() < RuntimeRules.LOCAL_QUEUE_CAPACITY) {
            p.local.add(g);
            return;
        }
        int half = p.local.size() / 2;
        for (int i = 0; i < half; i++) {
            global.add(p.local.poll());
        }
        global.add(g);
        events.add(new GmpEvent(tick, EventKind.OVERFLOW, p.id, 0, g.id, -1, half + 1));
    }

    private Machine acquireThread(int pid) {
        Machine m = idleThreads.poll();
        return m != null ? m : newThread(pid);
    }

    private Machine newThread(int pid) {
        Machine m = new Machine(threads.size() + 1);
        threads.add(m);
        events.add(new GmpEvent(tick, EventKind.M_CREATED, pid, m.id, 0, -1, 0));
        return m;
    }

    // ---- one tick of running ----

    private void run(Proc p, Goroutine g) {
        if (g == main) {
            spawnSome(p);
            return;
        }
        if (g.current().kind().onCpu()) {
            if (!g.work()) {
                return;
            }
            g.advance();
            if (!g.done() && g.current().kind().onCpu()) {
                return;
            }
        }
        if (g.done()) {
            p.running = null;
            finish(g, p.id);
            return;
        }
        leave(p, g);
    }

    private void spawnSome(Proc p) {
        List<Spawn> spawns = input.spawns();
        for (int made = 0; made < RuntimeRules.SPAWNS_PER_TICK && nextSpawn < spawns.size(); made++) {
            Spawn spawn = spawns.get(nextSpawn);
            Goroutine g = new Goroutine(all.size() + 2, spawn.line(), tick, spawn.phases());
            all.add(g);
            runqput(p, g, true);
            if (++spawnedOfLine == spawn.count()) {
                nextSpawn++;
                spawnedOfLine = 0;
            }
        }
        if (nextSpawn == spawns.size()) {
            main.advance(); // main waits (sync.WaitGroup) from now on: it parks and needs no P
            p.running = null;
        }
    }

    /** The G's current phase is off the CPU: it enters it at the end of this tick and frees the P. */
    private void leave(Proc p, Goroutine g) {
        Phase phase = g.current();
        p.running = null;
        g.wakeAt = tick + 1 + phase.ticks();
        switch (phase.kind()) {
            case SYSCALL -> {
                Machine m = p.m;
                m.blocked = g;
                m.heldBefore = p;
                p.syscall = m;
                p.m = null;
                p.syscallSince = tick + 1;
                events.add(new GmpEvent(tick, EventKind.SYSCALL_ENTER, p.id, m.id, g.id, -1, 0));
            }
            case NET -> {
                netWaiting.add(g);
                events.add(new GmpEvent(tick, EventKind.NETPOLL_PARK, p.id, 0, g.id, -1, 0));
            }
            case SLEEP -> sleeping.add(g);
            default -> throw new IllegalStateException("not an off-CPU phase: " + phase);
        }
    }

    private void finish(Goroutine g, int pid) {
        g.finished = tick;
        events.add(new GmpEvent(tick, EventKind.EXIT, pid, 0, g.id, -1, 0));
    }

    // ---- views ----

    private Frame frame() {
        int inSyscall = (int) threads.stream().filter(m -> m.blocked != null).count();
        return new Frame(tick, procs.stream().map(Proc::frame).toList(), global.size(), inSyscall, netWaiting.size()
                + netReady.size(), sleeping.size() + timerReady.size(), threads.size(), idleThreads.size());
    }

    /** Every place a live goroutine sits; a correct scheduler lists each exactly once. */
    List<Location> locations() {
        List<Location> places = new ArrayList<>();
        for (Proc p : procs) {
            if (p.running != null) {
                places.add(new Location(p.running.id, "running on P" + p.id));
            }
            if (p.runnext != null) {
                places.add(new Location(p.runnext.id, "runnext of P" + p.id));
            }
            p.local.forEach(g -> places.add(new Location(g.id, "local queue of P" + p.id)));
        }
        global.forEach(g -> places.add(new Location(g.id, "global queue")));
        threads.stream().filter(m -> m.blocked != null).forEach(m -> places.add(new Location(m.blocked.id, "syscall on M" + m.id)));
        sleeping.forEach(g -> places.add(new Location(g.id, "timer")));
        timerReady.forEach(g -> places.add(new Location(g.id, "fired timer")));
        netWaiting.forEach(g -> places.add(new Location(g.id, "netpoller")));
        netReady.forEach(g -> places.add(new Location(g.id, "netpoller (ready)")));
        return places;
    }

    List<Integer> liveGoroutines() {
        List<Integer> live = new ArrayList<>(all.stream().filter(g -> !g.done()).map(g -> g.id).toList());
        if (!main.done()) {
            live.add(main.id);
        }
        return live;
    }

    /** Ms attached to Ps, in syscalls and idle: each M in at most one of these. */
    List<Integer> threadPlaces() {
        List<Integer> ids = new ArrayList<>();
        procs.stream().filter(p -> p.m != null).forEach(p -> ids.add(p.m.id));
        threads.stream().filter(m -> m.blocked != null).forEach(m -> ids.add(m.id));
        idleThreads.forEach(m -> ids.add(m.id));
        return ids;
    }
}
