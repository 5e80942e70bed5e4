package dev.interviewlab.simulation.git.engine;

import java.util.List;

/**
 * One command as it ran.
 *
 * @param number   1-based, also the step of the replay
 * @param before   refs before the command
 * @param after    refs after it (equal to before when it stopped on a conflict)
 * @param created  labels of the commits it created, in order
 * @param conflict non-null when the command stopped on a conflict
 * @param shell    the commands that do the same in real git (part of the exported script)
 */
public record StepResult(int number, Command command, RepoState before, RepoState after, List<Event> events,
                         List<String> created, Conflict conflict, List<String> shell) {

    public StepResult {
        events = List.copyOf(events);
        created = List.copyOf(created);
        shell = List.copyOf(shell);
    }

    public boolean stopped() {
        return conflict != null;
    }
}
