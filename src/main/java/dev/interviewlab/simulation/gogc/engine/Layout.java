package dev.interviewlab.simulation.gogc.engine;

import java.util.List;

/**
 * The names in a scenario: heap objects, pointer fields (every object has each field), goroutines,
 * stack variables (every goroutine has a slot for each), and globals. The engine works with indices
 * into these lists; the names are for the trace and the page.
 */
public record Layout(List<String> objects, List<String> fields, List<String> goroutines, List<String> locals,
                     List<String> globals) {

    public Layout {
        objects = List.copyOf(objects);
        fields = List.copyOf(fields);
        goroutines = List.copyOf(goroutines);
        locals = List.copyOf(locals);
        globals = List.copyOf(globals);
    }

    public String object(int index) {
        return index < 0 ? "nil" : objects.get(index);
    }

    public String local(int index) {
        return index < 0 ? "nil" : locals.get(index);
    }
}
