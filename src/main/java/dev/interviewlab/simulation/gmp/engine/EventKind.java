package dev.interviewlab.simulation.gmp.engine;

/** What the scheduler did; each is a message key {@code gmp.event.<name>} explaining it. */
public enum EventKind {
    /** runqputslow: the local queue was full, so half of it and the new G moved to the global queue. */
    OVERFLOW,
    /** schedtick % 61 == 0: schedule() took one G from the global queue before its own. */
    GLOBAL_CHECK,
    /** globrunqget: an idle P took a batch from the global queue. */
    GLOBAL_TAKE,
    /** runqsteal: a P with nothing to run took half of a victim's local queue. */
    STEAL,
    /** A G entered a blocking system call; its M is blocked with it. */
    SYSCALL_ENTER,
    /** sysmon retook the P of an M in a syscall and handed it to another M (or left it idle). */
    HANDOFF,
    /** A syscall returned: the G runs on a P again, or goes to the global queue if there is none. */
    SYSCALL_EXIT,
    /** A new M (OS thread) was created because a P needed one and no M was idle. */
    M_CREATED,
    /** sysmon stopped a G that ran 10 ms; it goes to the global queue. */
    PREEMPT,
    /** sysmon asked a G without function calls to stop, and before Go 1.14 it cannot. */
    PREEMPT_IGNORED,
    /** A G parked on the netpoller, holding no M. */
    NETPOLL_PARK,
    /** A P running findrunnable polled the network and took the ready Gs. */
    NETPOLL_READY,
    /** sysmon polled the network (no one had for 10 ms) and put the ready Gs on the global queue. */
    NETPOLL_INJECT,
    /** A sleeping G's timer fired and a P running schedule() made it runnable. */
    TIMER_READY,
    /** A G finished. */
    EXIT;

    public String messageKey() {
        return "gmp.event." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
