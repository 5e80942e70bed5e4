package dev.interviewlab.simulation.gogc.engine;

import java.util.Optional;

/** Ready-made scripts, each the smallest way to lose an object that one part of a barrier prevents. */
public enum Preset {
    /** The textbook lost object: black A gets the only pointer to white C while grey B's pointer to it is cut. */
    LOST_OBJECT("lost-object", """
            # g1's stack points to A; A -> B -> C
            g1.x = A
            A.f = B
            B.f = C
            gc: scan stack g1   # A grey; g1's stack is black from now on
            gc: scan A          # B grey, A black
            g1: y = x.f         # y = B
            g1: z = y.f         # z = C: a pointer to a white object on a black stack
            g1: x.g = z         # black A -> white C
            g1: y.f = nil       # the grey path B -> C is cut
            g1: z = nil
            g1: y = nil
            """),
    /** The only pointer moves from the heap to a stack that was already scanned. */
    HIDDEN_ON_STACK("hidden-on-stack", """
            # the only pointer to C moves from the heap onto g1's scanned stack
            g1.x = A
            A.f = B
            B.f = C
            gc: scan stack g1   # A grey; g1's stack black
            g1: y = x.f         # y = B
            g1: z = y.f         # z = C
            g1: y.f = nil       # now only g1's stack reaches C
            gc: scan A
            gc: scan B
            """),
    /** A goroutine whose stack is not scanned yet moves its only pointer into a black object. */
    GREY_STACK_WRITE("grey-stack-write", """
            # g2's stack (not scanned yet) holds the only pointer to C
            global r = A
            g2.c = C
            A.f = B
            gc: scan globals    # A grey
            gc: scan A          # A black, B grey
            g2: a = r           # a = A
            g2: a.f = c         # black A -> white C, written from a grey stack
            g2: c = nil         # g2 drops C
            gc: scan stack g2   # finds only A
            """);

    private final String slug;
    private final String script;

    Preset(String slug, String script) {
        this.slug = slug;
        this.script = script;
    }

    public String slug() {
        return slug;
    }

    public String script() {
        return script;
    }

    public String messageKey() {
        return "gogc.preset." + slug;
    }

    public static Optional<Preset> bySlug(String slug) {
        for (Preset preset : values()) {
            if (preset.slug.equals(slug)) {
                return Optional.of(preset);
            }
        }
        return Optional.empty();
    }
}
