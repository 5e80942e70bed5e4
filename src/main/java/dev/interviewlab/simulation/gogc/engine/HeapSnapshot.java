package dev.interviewlab.simulation.gogc.engine;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/** The heap and roots after a step, by name, for the trace and the drawing. */
public record HeapSnapshot(List<ObjectState> objects, List<RootState> roots) {

    /** A pointer out of a holder: the field or variable, and the object's name. */
    public record Pointer(String slot, String target) {
    }

    /**
     * @param allocated false before its {@code new} step and after the sweep freed it
     * @param reachable whether a root reaches it through pointers
     */
    public record ObjectState(String name, Colour colour, boolean allocated, boolean freed, boolean reachable,
                              List<Pointer> pointers) {
        public ObjectState {
            pointers = List.copyOf(pointers);
        }
    }

    /** A goroutine's stack or the globals area; {@code stack} tells which. */
    public record RootState(String name, boolean stack, Colour colour, List<Pointer> pointers) {
        public RootState {
            pointers = List.copyOf(pointers);
        }
    }

    public HeapSnapshot {
        objects = List.copyOf(objects);
        roots = List.copyOf(roots);
    }

    static HeapSnapshot of(Heap heap) {
        Layout layout = heap.layout();
        BitSet reachable = heap.reachable();
        List<ObjectState> objects = new ArrayList<>();
        for (int o = 0; o < layout.objects().size(); o++) {
            List<Pointer> pointers = new ArrayList<>();
            for (int f = 0; f < layout.fields().size(); f++) {
                int target = heap.slot(o, f);
                if (target >= 0) {
                    pointers.add(new Pointer(layout.fields().get(f), layout.object(target)));
                }
            }
            objects.add(new ObjectState(layout.objects().get(o), heap.colour(o), heap.allocated(o), heap.freed(o),
                    reachable.get(o), pointers));
        }
        List<RootState> roots = new ArrayList<>();
        for (int g = 0; g < layout.goroutines().size(); g++) {
            List<Pointer> pointers = new ArrayList<>();
            for (int l = 0; l < layout.locals().size(); l++) {
                int target = heap.local(g, l);
                if (target >= 0) {
                    pointers.add(new Pointer(layout.locals().get(l), layout.object(target)));
                }
            }
            roots.add(new RootState(layout.goroutines().get(g), true, heap.stackColour(g), pointers));
        }
        if (!layout.globals().isEmpty()) {
            List<Pointer> pointers = new ArrayList<>();
            for (int i = 0; i < layout.globals().size(); i++) {
                int target = heap.global(i);
                if (target >= 0) {
                    pointers.add(new Pointer(layout.globals().get(i), layout.object(target)));
                }
            }
            roots.add(new RootState("globals", false, heap.globalsColour(), pointers));
        }
        return new HeapSnapshot(objects, roots);
    }
}
