package dev.interviewlab.simulation.gogc.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the script language. Setup lines describe the heap when marking starts; step lines follow.
 * <pre>
 *   A.f = B            object A's field f points to B (objects are capitalised)
 *   g1.x = A           goroutine g1's stack variable x points to A
 *   global r = A       a global pointing to A
 *   object D           an object nothing points to
 *   g1: y = x.f        load (no barrier: a stack write)
 *   g1: x.f = y        store into the heap (barrier); "= nil" deletes
 *   g1: r = y          store into a global (barrier); g1: y = r loads it
 *   g1: y = x | g1: x = nil | g1: x = new D
 *   gc: scan stack g1 | gc: scan globals | gc: scan A
 * </pre>
 */
public final class ScriptParser {

    private static final String OBJECT = "[A-Z][A-Za-z0-9]{0,7}";
    private static final String NAME = "[a-z][a-z0-9_]{0,7}";
    private static final String GOROUTINE = "g[0-9]{1,2}";
    private static final Set<String> RESERVED = Set.of("nil", "new", "gc", "drop", "scan", "stack", "globals", "global",
            "object");

    private static final Pattern HEAP_EDGE = Pattern.compile("(" + OBJECT + ")\\.(" + NAME + ")\\s*=\\s*(" + OBJECT + "|nil)");
    private static final Pattern STACK_SLOT = Pattern.compile("(" + GOROUTINE + ")\\.(" + NAME + ")\\s*=\\s*(" + OBJECT + "|nil)");
    private static final Pattern GLOBAL = Pattern.compile("global\\s+(" + NAME + ")(?:\\s*=\\s*(" + OBJECT + "|nil))?");
    private static final Pattern OBJECTS = Pattern.compile("object((?:\\s+" + OBJECT + ")+)");
    private static final Pattern MUTATOR = Pattern.compile("(" + GOROUTINE + ")\\s*:\\s*(.*)");
    private static final Pattern COLLECTOR = Pattern.compile("gc\\s*:\\s*scan\\s+(?:stack\\s+(" + GOROUTINE + ")|(globals)|(" + OBJECT + "))");
    private static final Pattern ALLOC = Pattern.compile("(" + NAME + ")\\s*=\\s*new\\s+(" + OBJECT + ")");
    private static final Pattern STORE = Pattern.compile("(" + NAME + ")\\.(" + NAME + ")\\s*=\\s*(" + NAME + ")");
    private static final Pattern LOAD = Pattern.compile("(" + NAME + ")\\s*=\\s*(" + NAME + ")\\.(" + NAME + ")");
    private static final Pattern ASSIGN = Pattern.compile("(" + NAME + ")\\s*=\\s*(" + NAME + ")");
    private static final Pattern DROP = Pattern.compile("drop\\s+(" + NAME + ")");

    /** The script read, or what is wrong with it (then {@code scenario} is null). */
    public record Result(Scenario scenario, List<ScriptProblem> problems) {
        public Result {
            problems = List.copyOf(problems);
        }

        public boolean ok() {
            return scenario != null;
        }
    }

    private final List<String> objects = new ArrayList<>();
    private final List<String> fields = new ArrayList<>();
    private final List<String> goroutines = new ArrayList<>();
    private final List<String> locals = new ArrayList<>();
    private final List<String> globals = new ArrayList<>();
    private final List<String> allocatedLater = new ArrayList<>();
    private final Map<String, String> heapEdges = new LinkedHashMap<>();
    private final Map<String, String> stackSlots = new LinkedHashMap<>();
    private final Map<String, String> globalValues = new LinkedHashMap<>();
    private final List<Runnable> steps = new ArrayList<>();
    private final List<Step> built = new ArrayList<>();
    private final List<ScriptProblem> problems = new ArrayList<>();

    private ScriptParser() {
    }

    public static Result parse(String script) {
        if (script == null || script.isBlank()) {
            return new Result(null, List.of(ScriptProblem.of(0, "gogc.error.empty")));
        }
        if (script.length() > Limits.MAX_SCRIPT_CHARS) {
            return new Result(null, List.of(ScriptProblem.of(0, "gogc.error.tooLong", Limits.MAX_SCRIPT_CHARS)));
        }
        String[] lines = script.split("\\R", -1);
        if (lines.length > Limits.MAX_LINES) {
            return new Result(null, List.of(ScriptProblem.of(0, "gogc.error.tooManyLines", Limits.MAX_LINES)));
        }
        return new ScriptParser().read(lines);
    }

    private Result read(String[] lines) {
        boolean stepsStarted = false;
        for (int i = 0; i < lines.length; i++) {
            int line = i + 1;
            String text = stripComment(lines[i]);
            if (text.isEmpty()) {
                continue;
            }
            Matcher m;
            if ((m = MUTATOR.matcher(text)).matches()) {
                stepsStarted = true;
                mutator(line, m.group(1), m.group(2).strip());
            } else if ((m = COLLECTOR.matcher(text)).matches()) {
                stepsStarted = true;
                collector(line, m);
            } else if (isSetup(text)) {
                if (stepsStarted) {
                    problems.add(ScriptProblem.of(line, "gogc.error.setupAfterSteps"));
                } else {
                    setup(line, text);
                }
            } else {
                problems.add(ScriptProblem.of(line, "gogc.error.syntax", text));
            }
        }
        checkSizes();
        if (!problems.isEmpty()) {
            return new Result(null, problems);
        }
        for (Runnable step : steps) {
            step.run();
        }
        if (!problems.isEmpty()) {
            return new Result(null, problems);
        }
        return new Result(build(), List.of());
    }

    private static String stripComment(String line) {
        int hash = line.indexOf('#');
        return (hash >= 0 ? line.substring(0, hash) : line).strip();
    }

    private static boolean isSetup(String text) {
        return HEAP_EDGE.matcher(text).matches() || STACK_SLOT.matcher(text).matches() || GLOBAL.matcher(text).matches()
                || OBJECTS.matcher(text).matches();
    }

    private void setup(int line, String text) {
        Matcher m;
        if ((m = HEAP_EDGE.matcher(text)).matches()) {
            object(m.group(1));
            if (name(line, m.group(2))) {
                index(fields, m.group(2));
                target(m.group(3));
                heapEdges.put(m.group(1) + "." + m.group(2), m.group(3));
            }
        } else if ((m = STACK_SLOT.matcher(text)).matches()) {
            index(goroutines, m.group(1));
            if (localName(line, m.group(2))) {
                target(m.group(3));
                stackSlots.put(m.group(1) + "." + m.group(2), m.group(3));
            }
        } else if ((m = GLOBAL.matcher(text)).matches()) {
            String name = m.group(1);
            if (name(line, name)) {
                if (locals.contains(name)) {
                    problems.add(ScriptProblem.of(line, "gogc.error.globalIsLocal", name));
                    return;
                }
                index(globals, name);
                String value = m.group(2) == null ? "nil" : m.group(2);
                target(value);
                globalValues.put(name, value);
            }
        } else if ((m = OBJECTS.matcher(text)).matches()) {
            for (String name : m.group(1).strip().split("\\s+")) {
                object(name);
            }
        }
    }

    private void target(String value) {
        if (!value.equals("nil")) {
            object(value);
        }
    }

    private void object(String name) {
        index(objects, name);
    }

    private void mutator(int line, String goroutineName, String body) {
        int g = index(goroutines, goroutineName);
        Matcher m;
        if ((m = ALLOC.matcher(body)).matches()) {
            String target = m.group(1);
            String object = m.group(2);
            if (objects.contains(object)) {
                problems.add(ScriptProblem.of(line, "gogc.error.objectExists", object));
                return;
            }
            if (!localName(line, target)) {
                return;
            }
            index(objects, object);
            allocatedLater.add(object);
            steps.add(() -> built.add(new Step(line, new Statement.Alloc(g, locals.indexOf(target), objects.indexOf(object)))));
        } else if ((m = STORE.matcher(body)).matches()) {
            String holder = m.group(1);
            String field = m.group(2);
            String value = m.group(3);
            if (!localName(line, holder) || !name(line, field) || !value.equals("nil") && !localName(line, value)) {
                return;
            }
            index(fields, field);
            steps.add(() -> built.add(new Step(line, new Statement.Store(g, locals.indexOf(holder), fields.indexOf(field),
                    locals.indexOf(value)))));
        } else if ((m = LOAD.matcher(body)).matches()) {
            String target = m.group(1);
            String holder = m.group(2);
            String field = m.group(3);
            if (!localName(line, target) || !localName(line, holder) || !name(line, field)) {
                return;
            }
            steps.add(() -> {
                if (!fields.contains(field)) {
                    problems.add(ScriptProblem.of(line, "gogc.error.unknownField", field));
                    return;
                }
                built.add(new Step(line, new Statement.Load(g, locals.indexOf(target), locals.indexOf(holder),
                        fields.indexOf(field))));
            });
        } else if ((m = DROP.matcher(body)).matches() || (m = ASSIGN.matcher(body)).matches() && m.group(2).equals("nil")) {
            String local = m.group(1);
            if (localName(line, local)) {
                steps.add(() -> built.add(new Step(line, new Statement.Drop(g, locals.indexOf(local)))));
            }
        } else if ((m = ASSIGN.matcher(body)).matches()) {
            assign(line, g, m.group(1), m.group(2));
        } else {
            problems.add(ScriptProblem.of(line, "gogc.error.syntax", goroutineName + ": " + body));
        }
    }

    private void assign(int line, int g, String left, String right) {
        if (globals.contains(left)) {
            if (localName(line, right)) {
                steps.add(() -> built.add(new Step(line, new Statement.StoreGlobal(g, globals.indexOf(left), locals.indexOf(right)))));
            }
        } else if (globals.contains(right)) {
            if (localName(line, left)) {
                steps.add(() -> built.add(new Step(line, new Statement.LoadGlobal(g, locals.indexOf(left), globals.indexOf(right)))));
            }
        } else if (localName(line, left) && localName(line, right)) {
            steps.add(() -> built.add(new Step(line, new Statement.Copy(g, locals.indexOf(left), locals.indexOf(right)))));
        }
    }

    private void collector(int line, Matcher m) {
        if (m.group(1) != null) {
            int g = index(goroutines, m.group(1));
            steps.add(() -> built.add(new Step(line, new Statement.ScanStack(g))));
        } else if (m.group(2) != null) {
            steps.add(() -> built.add(new Step(line, new Statement.ScanGlobals())));
        } else {
            String object = m.group(3);
            steps.add(() -> {
                if (!objects.contains(object)) {
                    problems.add(ScriptProblem.of(line, "gogc.error.unknownObject", object));
                    return;
                }
                built.add(new Step(line, new Statement.ScanObject(objects.indexOf(object))));
            });
        }
    }

    private boolean name(int line, String name) {
        if (RESERVED.contains(name) || name.matches(GOROUTINE)) {
            problems.add(ScriptProblem.of(line, "gogc.error.reserved", name));
            return false;
        }
        return true;
    }

    private boolean localName(int line, String name) {
        if (!name(line, name)) {
            return false;
        }
        if (globals.contains(name)) {
            problems.add(ScriptProblem.of(line, "gogc.error.globalIsLocal", name));
            return false;
        }
        index(locals, name);
        return true;
    }

    private static int index(List<String> names, String name) {
        int index = names.indexOf(name);
        if (index < 0) {
            names.add(name);
            index = names.size() - 1;
        }
        return index;
    }

    private void checkSizes() {
        limit(objects, Limits.MAX_OBJECTS, "gogc.error.tooManyObjects");
        limit(fields, Limits.MAX_FIELDS, "gogc.error.tooManyFields");
        limit(goroutines, Limits.MAX_GOROUTINES, "gogc.error.tooManyGoroutines");
        limit(locals, Limits.MAX_LOCALS, "gogc.error.tooManyLocals");
        limit(globals, Limits.MAX_GLOBALS, "gogc.error.tooManyGlobals");
        if (steps.size() > Limits.MAX_STEPS) {
            problems.add(ScriptProblem.of(0, "gogc.error.tooManySteps", Limits.MAX_STEPS));
        }
        if (problems.isEmpty() && fields.isEmpty()) {
            fields.add("f"); // a heap with no pointers written yet still has a field to write
        }
    }

    private void limit(List<String> names, int max, String key) {
        if (names.size() > max) {
            problems.add(ScriptProblem.of(0, key, max, names.size()));
        }
    }

    private Scenario build() {
        if (locals.isEmpty()) {
            locals.add("x");
        }
        if (goroutines.isEmpty()) {
            goroutines.add("g1");
        }
        Layout layout = new Layout(objects, fields, goroutines, locals, globals);
        boolean[] allocated = new boolean[objects.size()];
        for (int o = 0; o < objects.size(); o++) {
            allocated[o] = !allocatedLater.contains(objects.get(o));
        }
        int[] slots = new int[objects.size() * fields.size()];
        heapEdges.forEach((slot, value) -> {
            String[] parts = slot.split("\\.");
            slots[objects.indexOf(parts[0]) * fields.size() + fields.indexOf(parts[1])] = objects.indexOf(value) + 1;
        });
        int[] stacks = new int[goroutines.size() * locals.size()];
        stackSlots.forEach((slot, value) -> {
            String[] parts = slot.split("\\.");
            stacks[goroutines.indexOf(parts[0]) * locals.size() + locals.indexOf(parts[1])] = objects.indexOf(value) + 1;
        });
        int[] globalArea = new int[globals.size()];
        globalValues.forEach((name, value) -> globalArea[globals.indexOf(name)] = objects.indexOf(value) + 1);
        return new Scenario(layout, allocated, slots, stacks, globalArea, built);
    }
}
