package dev.interviewlab.simulation.gogc.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * A parsed script: the names, the heap and roots when marking starts, and the steps. Objects created
 * by {@code new} are in the layout but not allocated at the start.
 */
public record Scenario(Layout layout, boolean[] allocated, int[] slots, int[] stacks, int[] globals, List<Step> steps) {

    public Scenario {
        allocated = allocated.clone();
        slots = slots.clone();
        stacks = stacks.clone();
        globals = globals.clone();
        steps = List.copyOf(steps);
    }

    /** The heap as marking starts, under a barrier. */
    public Heap initialHeap(Barrier barrier) {
        return new Heap(layout, barrier, allocated, slots, stacks, globals);
    }

    /** The setup lines that give this heap and these roots, in the script language. */
    public List<String> setupLines() {
        List<String> lines = new ArrayList<>();
        int fields = layout.fields().size();
        int locals = layout.locals().size();
        for (int i = 0; i < globals.length; i++) {
            lines.add("global " + layout.globals().get(i) + " = " + layout.object(globals[i] - 1));
        }
        for (int g = 0; g < layout.goroutines().size(); g++) {
            for (int l = 0; l < locals; l++) {
                int target = stacks[g * locals + l] - 1;
                if (target >= 0) {
                    lines.add(layout.goroutines().get(g) + "." + layout.locals().get(l) + " = " + layout.object(target));
                }
            }
        }
        boolean[] named = new boolean[allocated.length];
        for (int[] area : new int[][]{slots, stacks, globals}) {
            for (int value : area) {
                if (value > 0) {
                    named[value - 1] = true;
                }
            }
        }
        List<String> isolated = new ArrayList<>();
        for (int o = 0; o < layout.objects().size(); o++) {
            if (!allocated[o]) {
                continue;
            }
            boolean any = named[o];
            for (int f = 0; f < fields; f++) {
                int target = slots[o * fields + f] - 1;
                if (target >= 0) {
                    lines.add(layout.object(o) + "." + layout.fields().get(f) + " = " + layout.object(target));
                    any = true;
                }
            }
            if (!any) {
                isolated.add(layout.object(o));
            }
        }
        if (!isolated.isEmpty()) {
            lines.add("object " + String.join(" ", isolated));
        }
        return lines;
    }
}
