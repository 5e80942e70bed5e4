package dev.interviewlab.simulation.gogc.engine;

/** What a step of the trace did; the page explains each with the message {@code gogc.event.<key>}. */
public enum EventKind {
    START("start"),
    LOAD("load"),
    STORE("store"),
    COPY("copy"),
    DROP("drop"),
    LOAD_GLOBAL("loadGlobal"),
    STORE_GLOBAL("storeGlobal"),
    ALLOC("alloc"),
    NIL_HOLDER("nilHolder"),
    SCAN_STACK("scanStack"),
    SCAN_GLOBALS("scanGlobals"),
    SCAN_OBJECT("scanObject"),
    SKIPPED("skipped"),
    RESCAN_STACKS("rescanStacks"),
    TERMINATION("termination"),
    SWEEP("sweep");

    private final String key;

    EventKind(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
