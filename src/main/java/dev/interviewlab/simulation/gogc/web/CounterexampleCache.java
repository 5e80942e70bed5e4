package dev.interviewlab.simulation.gogc.web;

import dev.interviewlab.simulation.gogc.engine.Barrier;
import dev.interviewlab.simulation.gogc.engine.CheckerDefaults;
import dev.interviewlab.simulation.gogc.engine.Invariant;
import dev.interviewlab.simulation.gogc.engine.ModelChecker;
import org.springframework.stereotype.Component;

/**
 * The model checker's run without a barrier, computed once on first use (it explores tens of
 * thousands of states, too much to repeat per request) and then shown on every page.
 */
@Component
class CounterexampleCache {

    private volatile ModelChecker.Result result;

    ModelChecker.Result withoutBarrier() {
        ModelChecker.Result found = result;
        if (found == null) {
            synchronized (this) {
                found = result;
                if (found == null) {
                    found = CheckerDefaults.check(Barrier.NONE, Invariant.NONE);
                    result = found;
                }
            }
        }
        return found;
    }
}
