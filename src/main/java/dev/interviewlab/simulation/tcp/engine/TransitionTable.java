package dev.interviewlab.simulation.tcp.engine;

import java.util.Optional;

/** Looks up the rule for a state and an input; at most one rule matches (a test checks this). */
public final class TransitionTable {

    private TransitionTable() {
    }

    /**
     * @param passiveOpen     the connection came from LISTEN
     * @param orphanedOnLinux Linux profile and the application has called close()
     * @return the rule, or empty when no rule accepts the input in this state
     */
    public static Optional<TcpRule> find(TcpState state, TcpInput input, boolean passiveOpen, boolean orphanedOnLinux) {
        for (TcpRule rule : TcpRule.values()) {
            if (rule.applies(state, input) && rule.guard().holds(passiveOpen, orphanedOnLinux)) {
                return Optional.of(rule);
            }
        }
        return Optional.empty();
    }
}
