package dev.interviewlab.simulation.mesi.engine;

import java.util.Locale;
import java.util.Optional;

/** Ready-made programs, each showing one part of the protocol. */
public enum MesiPreset {
    READ_SHARING(3, """
            # the first reader gets E; the next readers make everyone S
            c0 R a
            c1 R a
            c2 R a
            c0 R a"""),
    WRITE_INVALIDATES(3, """
            # a write to a shared line invalidates the others; the next reader gets the new value by Flush
            c0 R a
            c1 R a
            c0 W a 1
            c1 R a
            c2 W a 2
            c0 R a"""),
    SILENT_UPGRADE(2, """
            # E to M needs no bus message at all
            c0 R a
            c0 W a 7
            c0 W a 8
            c1 R a"""),
    FALSE_SHARING(2, """
            # two counters, each written by one core only, on ONE cache line
            line x y
            c0 W x 1
            c1 W y 1
            c0 W x 2
            c1 W y 2
            c0 W x 3
            c1 W y 3
            c0 R x
            c1 R y"""),
    WRITE_BACK(2, """
            # a Modified line goes back to memory only when it is evicted or another cache asks for it
            c0 W a 5
            c0 W b 6
            c0 evict a
            c1 R a
            c1 R b
            c1 W b 9
            c1 evict b""");

    private final int cores;
    private final String script;

    MesiPreset(int cores, String script) {
        this.cores = cores;
        this.script = script;
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public int cores() {
        return cores;
    }

    public String script() {
        return script;
    }

    public MesiProgram program() {
        return MesiScript.parse(script, cores).program();
    }

    public static Optional<MesiPreset> byKey(String key) {
        for (MesiPreset preset : values()) {
            if (preset.key().equals(key)) {
                return Optional.of(preset);
            }
        }
        return Optional.empty();
    }
}
