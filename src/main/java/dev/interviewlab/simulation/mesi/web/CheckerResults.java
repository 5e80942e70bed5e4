package dev.interviewlab.simulation.mesi.web;

import dev.interviewlab.simulation.mesi.engine.CheckBounds;
import dev.interviewlab.simulation.mesi.engine.CheckResult;
import dev.interviewlab.simulation.mesi.engine.ModelChecker;
import dev.interviewlab.simulation.mesi.engine.ProtocolBug;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The checker's verdicts, kept once computed: the search is deterministic and the web bounds allow
 * only a few hundred (bounds, bug) pairs, so each costs its search once per process.
 */
@Component
class CheckerResults {

    private record Key(CheckBounds bounds, ProtocolBug bug) {
    }

    private final Map<Key, CheckResult> results = new ConcurrentHashMap<>();

    CheckResult check(CheckBounds bounds, ProtocolBug bug) {
        return results.computeIfAbsent(new Key(bounds, bug), key -> ModelChecker.check(key.bounds(), key.bug()));
    }
}
