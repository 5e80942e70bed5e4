package dev.interviewlab.simulation;

import org.springframework.web.util.UriComponentsBuilder;

import java.util.ArrayList;
import java.util.List;

/**
 * The step-through state of a result page: which step is shown and the links to every step.
 * Links keep the page's other query parameters (the run's settings), so each step has its own
 * address that works without JavaScript; {@code replay.js} adds buttons, play and keys on top.
 *
 * @param current   1-based step shown; 0 when the run has no steps
 * @param stepLinks link to step i at index i - 1
 */
public record Replay(int stepCount, int current, List<String> stepLinks) {

    public Replay {
        stepLinks = List.copyOf(stepLinks);
    }

    /**
     * @param path        the page's path
     * @param queryString the page's query string (may be null); its {@code step} is replaced
     * @param requested   the {@code ?step=} asked for (may be null); clamped to the run
     */
    public static Replay of(String path, String queryString, int stepCount, Integer requested) {
        int current = stepCount == 0 ? 0 : Math.max(1, Math.min(stepCount, requested == null ? 1 : requested));
        List<String> links = new ArrayList<>(stepCount);
        UriComponentsBuilder base = UriComponentsBuilder.fromPath(path).query(queryString);
        for (int step = 1; step <= stepCount; step++) {
            links.add(base.cloneBuilder().replaceQueryParam("step", step).fragment("replay").build().toUriString());
        }
        return new Replay(stepCount, current, links);
    }

    /** The {@code ?step=} parameter as asked: one that is not a number shows the first step, as one beyond the end shows the last. */
    public static Integer requestedStep(String step) {
        try {
            return step == null ? null : Integer.valueOf(step.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public boolean hasPrevious() {
        return current > 1;
    }

    public boolean hasNext() {
        return current < stepCount;
    }

    public String previousLink() {
        return hasPrevious() ? stepLinks.get(current - 2) : null;
    }

    public String nextLink() {
        return hasNext() ? stepLinks.get(current) : null;
    }

    public String link(int step) {
        return stepLinks.get(step - 1);
    }
}
