package dev.interviewlab.simulation.cache.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * A workload turned into primitive arrays with dense integer keys, once per experiment, so every
 * strategy runs on exactly the same operations and the engine's hot path only indexes arrays.
 */
public final class CompiledWorkload {

    /** The key the breakdown scenario and the "never expires" mitigation treat as hot. */
    static final int HOT_KEY = 0;

    final int keySpace;
    final int clients;
    final int[] opKey;
    final boolean[] opWrite;
    /** Start times of trace operations that give one, else -1; null when none does. */
    final long[] opAt;
    /** Operation indexes grouped by client: client c runs clientOps[clientStart[c] .. clientStart[c+1]). */
    final int[] clientOps;
    final int[] clientStart;
    /** The client of each operation. */
    final int[] opClient;
    /** Whether the database has a row for the key before the first operation. */
    final boolean[] initiallyPresent;
    private final String[] keyNames;
    private final String[] putValues;
    private final String[] initialValues;

    private CompiledWorkload(int keySpace, int clients, int[] opKey, boolean[] opWrite, long[] opAt, int[] clientOf,
                             boolean[] initiallyPresent, String[] keyNames, String[] putValues, String[] initialValues) {
        this.keySpace = keySpace;
        this.clients = clients;
        this.opKey = opKey;
        this.opWrite = opWrite;
        this.opAt = opAt;
        this.initiallyPresent = initiallyPresent;
        this.keyNames = keyNames;
        this.putValues = putValues;
        this.initialValues = initialValues;
        this.opClient = clientOf;
        this.clientStart = new int[clients + 1];
        for (int client : clientOf) {
            clientStart[client + 1]++;
        }
        for (int c = 0; c < clients; c++) {
            clientStart[c + 1] += clientStart[c];
        }
        this.clientOps = new int[opKey.length];
        int[] fill = Arrays.copyOf(clientStart, clients);
        for (int op = 0; op < opKey.length; op++) {
            clientOps[fill[clientOf[op]]++] = op;
        }
    }

    public static CompiledWorkload of(SimulationInput input) {
        if (input.workload() instanceof GeneratedWorkload generated) {
            return generate(generated, input.scenario(), input.seed());
        }
        return compile((TraceWorkload) input.workload());
    }

    public int operations() {
        return opKey.length;
    }

    public boolean isTrace() {
        return keyNames != null;
    }

    public int clients() {
        return clients;
    }

    public String keyName(int key) {
        return keyNames != null ? keyNames[key] : "k" + key;
    }

    /** The name of the key the breakdown scenario and "hot key never expires" treat as hot. */
    public String hotKeyName() {
        return keyName(HOT_KEY);
    }

    public boolean isWrite(int op) {
        return opWrite[op];
    }

    public int keyOf(int op) {
        return opKey[op];
    }

    /** The value a trace put writes, or null (the engine then names it by version). */
    String putValue(int op) {
        return putValues == null ? null : putValues[op];
    }

    /** The trace's initial value of a key, or null for generated keys (named v0). */
    String initialValue(int key) {
        return initialValues == null ? null : initialValues[key];
    }

    private static CompiledWorkload generate(GeneratedWorkload spec, Scenario scenario, long seed) {
        int n = spec.operations();
        int[] keys = new int[n];
        boolean[] writes = new boolean[n];
        int[] clientOf = new int[n];
        SplitMix64 random = new SplitMix64(seed);
        ZipfSampler zipf = spec.distribution() == Distribution.ZIPF && spec.zipfSkew() > 0
                ? new ZipfSampler(spec.keyCount(), spec.zipfSkew()) : null;
        int missingPercent = scenario.missingKeyPercent();
        for (int op = 0; op < n; op++) {
            boolean write = random.nextInt(100) >= spec.readPercent();
            writes[op] = write;
            clientOf[op] = op % spec.clients();
            if (!write && missingPercent > 0 && random.nextInt(100) < missingPercent) {
                // ids above the largest existing one: what a scraper or a bug asks for
                keys[op] = spec.keyCount() + random.nextInt(scenario.missingKeySpace());
            } else {
                keys[op] = switch (spec.distribution()) {
                    case UNIFORM -> random.nextInt(spec.keyCount());
                    case ZIPF -> zipf == null ? random.nextInt(spec.keyCount()) : zipf.sample(random) - 1;
                    case HOT_KEY -> spec.keyCount() == 1 || random.nextInt(100) < spec.hotKeyPercent()
                            ? HOT_KEY : 1 + random.nextInt(spec.keyCount() - 1);
                };
            }
        }
        int keySpace = spec.keyCount() + (missingPercent > 0 ? scenario.missingKeySpace() : 0);
        boolean[] present = new boolean[keySpace];
        Arrays.fill(present, 0, spec.keyCount(), true);
        return new CompiledWorkload(keySpace, spec.clients(), keys, writes, null, clientOf, present, null, null, null);
    }

    private static CompiledWorkload compile(TraceWorkload trace) {
        Map<String, Integer> ids = new LinkedHashMap<>();
        List<TraceOperation> ops = trace.operations();
        for (TraceOperation op : ops) {
            ids.putIfAbsent(op.key(), ids.size());
        }
        for (String key : new TreeSet<>(trace.database().keySet())) {
            ids.putIfAbsent(key, ids.size());
        }
        int n = ops.size();
        int[] keys = new int[n];
        boolean[] writes = new boolean[n];
        int[] clientOf = new int[n];
        String[] values = new String[n];
        long[] at = new long[n];
        boolean anyAt = false;
        int clients = 1;
        for (int i = 0; i < n; i++) {
            TraceOperation op = ops.get(i);
            keys[i] = ids.get(op.key());
            writes[i] = op.kind() == TraceOperation.Kind.PUT;
            clientOf[i] = op.client();
            clients = Math.max(clients, op.client() + 1);
            values[i] = op.value();
            at[i] = op.atMicros();
            anyAt |= op.atMicros() >= 0;
        }
        String[] names = new ArrayList<>(ids.keySet()).toArray(String[]::new);
        boolean[] present = new boolean[names.length];
        String[] initial = new String[names.length];
        for (int key = 0; key < names.length; key++) {
            initial[key] = trace.database().get(names[key]);
            present[key] = initial[key] != null;
        }
        return new CompiledWorkload(names.length, clients, keys, writes, anyAt ? at : null, clientOf, present, names, values, initial);
    }
}
