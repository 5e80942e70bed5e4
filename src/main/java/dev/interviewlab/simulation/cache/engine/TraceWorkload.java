package dev.interviewlab.simulation.cache.engine;

import java.util.List;
import java.util.Map;

/**
 * An explicit list of operations, run in order per client. Keys that appear only in gets and not
 * in {@code database} do not exist: a get of one misses and the database returns no row.
 *
 * @param database the rows the database holds before the first operation (key to value)
 */
public record TraceWorkload(List<TraceOperation> operations, Map<String, String> database) implements Workload {

    public TraceWorkload {
        operations = List.copyOf(operations);
        database = Map.copyOf(database);
        if (operations.isEmpty()) {
            throw new IllegalArgumentException("a trace needs at least one operation");
        }
    }
}
