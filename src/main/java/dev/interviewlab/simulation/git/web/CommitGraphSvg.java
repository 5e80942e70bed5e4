package dev.interviewlab.simulation.git.web;

import dev.interviewlab.simulation.git.engine.Command;
import dev.interviewlab.simulation.git.engine.Commit;
import dev.interviewlab.simulation.git.engine.CommitOrigin;
import dev.interviewlab.simulation.git.engine.RepoState;
import dev.interviewlab.simulation.git.engine.SimulationResult;
import dev.interviewlab.simulation.git.engine.StepResult;
import dev.interviewlab.simulation.svg.Svg;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Draws a run's commits as an SVG graph: one lane per branch (the branch a commit was made on),
 * columns in the order commits were made, edges to every parent (the second parent of a merge
 * dashed), branch, tag and HEAD labels, copies such as E' outlined, and commits no branch or tag
 * reaches any more greyed out.
 *
 * <p>For the step-through, the commits of every step are in one picture and each step's refs are
 * a group with {@code data-step}: replay.js (or the server, for the current step) shows the group
 * of the current step only. The "before" picture shows the refs as they were before the step.
 */
final class CommitGraphSvg {

    private static final double LEFT = 96;
    private static final double TOP = 28;
    private static final double COLUMN = 58;
    private static final double LANE = 78;
    private static final double RADIUS = 15;

    /** Text the picture needs, already in the page's language. */
    record Labels(String title, String description, String headPrefix, String tagPrefix, String unreachable) {
    }

    private final SimulationResult result;
    private final Map<String, Integer> laneOf = new LinkedHashMap<>();
    private final List<String> lanes = new ArrayList<>();
    private final Map<String, Integer> columnOf = new HashMap<>();
    private int columns;

    CommitGraphSvg(SimulationResult result) {
        this.result = result;
        layout();
    }

    private void layout() {
        Map<Integer, String> branchOfStep = new HashMap<>();
        for (StepResult step : result.steps()) {
            branchOfStep.put(step.number(), targetBranch(step.command()));
        }
        Map<Integer, Integer> lastColumnOfLane = new HashMap<>();
        for (Commit commit : result.commits().values()) {
            String branch = branchOfStep.getOrDefault(commit.step(), "main");
            int lane = lanes.indexOf(branch);
            if (lane < 0) {
                lanes.add(branch);
                lane = lanes.size() - 1;
            }
            int column = lastColumnOfLane.getOrDefault(lane, -1) + 1;
            for (String parent : commit.parents()) {
                column = Math.max(column, columnOf.getOrDefault(parent, -1) + 1);
            }
            laneOf.put(commit.label(), lane);
            columnOf.put(commit.label(), column);
            lastColumnOfLane.put(lane, column);
            columns = Math.max(columns, column + 1);
        }
        if (lanes.isEmpty()) {
            lanes.add("main");
        }
    }

    private static String targetBranch(Command command) {
        if (command instanceof Command.CommitFiles c) {
            return c.branch();
        } else if (command instanceof Command.Merge c) {
            return c.into();
        } else if (command instanceof Command.Rebase c) {
            return c.branch();
        } else if (command instanceof Command.CherryPick c) {
            return c.branch();
        } else if (command instanceof Command.Revert c) {
            return c.branch();
        }
        return "main";
    }

    private double x(String label) {
        return LEFT + columnOf.get(label) * COLUMN;
    }

    private double y(String label) {
        return TOP + laneOf.get(label) * LANE + RADIUS;
    }

    /**
     * The step-through picture: commits appear at the step that made them, refs per step.
     *
     * @param before  draw the refs as they were before each step (and commits from the step after they were made)
     * @param current the step the server renders as current
     */
    String timeline(String id, Labels labels, boolean before, int current) {
        Svg svg = start(id, labels);
        int shift = before ? 1 : 0;
        drawCommits(svg, label -> result.commits().get(label).step() + shift, current);
        for (StepResult step : result.steps()) {
            RepoState state = before ? step.before() : step.after();
            Set<String> reachable = result.reachable(state);
            svg.group("refs " + stateClass(step.number(), current), step.number());
            drawRefs(svg, state, labels, result.commits().values().stream()
                    .filter(commit -> commit.step() + shift <= step.number() && !reachable.contains(commit.label()))
                    .map(Commit::label).toList());
            if (!before && step.stopped() && result.commits().containsKey(step.conflict().applying())) {
                String applying = step.conflict().applying();
                svg.circle(x(applying), y(applying), RADIUS + 4, "conflict-ring");
            }
            svg.end();
        }
        return svg.build();
    }

    /** A still picture of the refs in {@code state}, with every commit made up to that point. */
    String still(String id, Labels labels, RepoState state, int lastStep) {
        Svg svg = start(id, labels);
        drawCommits(svg, label -> result.commits().get(label).step() <= lastStep ? 0 : Integer.MAX_VALUE, 0);
        Set<String> reachable = result.reachable(state);
        svg.group("refs", 0);
        drawRefs(svg, state, labels, result.commits().values().stream()
                .filter(commit -> commit.step() <= lastStep && !reachable.contains(commit.label())).map(Commit::label).toList());
        svg.end();
        return svg.build();
    }

    private Svg start(String id, Labels labels) {
        double width = LEFT + Math.max(1, columns) * COLUMN + 90;
        double height = TOP + lanes.size() * LANE + 10;
        Svg svg = Svg.of(id, width, height, labels.title(), labels.description());
        svg.group("lanes", 0);
        for (int lane = 0; lane < lanes.size(); lane++) {
            double y = TOP + lane * LANE + RADIUS;
            svg.line(LEFT - 20, y, width - 20, y, "lane-line");
            svg.text(8, y + 4, lanes.get(lane), "start", "lane-name");
        }
        svg.end();
        return svg;
    }

    private interface StepOf {
        int of(String label);
    }

    private void drawCommits(Svg svg, StepOf stepOf, int current) {
        for (Commit commit : result.commits().values()) {
            int step = stepOf.of(commit.label());
            if (step == Integer.MAX_VALUE) {
                continue;
            }
            String visibility = step == 0 ? "" : " " + stateClass(step, current);
            svg.group("edges" + visibility, step);
            for (int p = 0; p < commit.parents().size(); p++) {
                String parent = commit.parents().get(p);
                svg.path(edge(parent, commit.label()), p == 0 ? "edge" : "edge edge-merge");
            }
            svg.end();
            String kind = switch (commit.origin()) {
                case MERGE -> "commit commit-merge";
                case REBASE, CHERRY_PICK -> "commit commit-copy";
                case REVERT -> "commit commit-revert";
                default -> "commit";
            };
            svg.group(kind + visibility, step);
            svg.tooltip(commit.label() + " " + commit.shortId() + " " + commit.subject()
                    + (commit.origin() == CommitOrigin.SCENARIO ? "" : " (" + commit.origin().name().toLowerCase(java.util.Locale.ROOT) + ")"));
            svg.circle(x(commit.label()), y(commit.label()), RADIUS, "node");
            svg.text(x(commit.label()), y(commit.label()) + 4, commit.label(), "middle", "node-label");
            svg.end();
        }
    }

    private String edge(String parent, String child) {
        double x1 = x(parent) + RADIUS;
        double y1 = y(parent);
        double x2 = x(child) - RADIUS;
        double y2 = y(child);
        if (y1 == y2) {
            return "M" + num(x1) + " " + num(y1) + " L" + num(x2) + " " + num(y2);
        }
        double mid = (x1 + x2) / 2;
        return "M" + num(x1) + " " + num(y1) + " C" + num(mid) + " " + num(y1) + " " + num(mid) + " " + num(y2) + " " + num(x2)
                + " " + num(y2);
    }

    private void drawRefs(Svg svg, RepoState state, Labels labels, List<String> unreachable) {
        for (String label : unreachable) {
            svg.group("unreachable", 0);
            svg.tooltip(label + ": " + labels.unreachable());
            svg.circle(x(label), y(label), RADIUS + 1, "unreachable-cover");
            svg.end();
        }
        Map<String, Integer> stacked = new HashMap<>();
        state.branches().forEach((branch, label) -> {
            boolean head = branch.equals(state.head());
            refLabel(svg, label, (head ? labels.headPrefix() : "") + branch, head ? "ref ref-head" : "ref ref-branch", stacked);
        });
        state.tags().forEach((tag, label) -> refLabel(svg, label, labels.tagPrefix() + tag, "ref ref-tag", stacked));
    }

    private void refLabel(Svg svg, String label, String text, String cssClass, Map<String, Integer> stacked) {
        if (!columnOf.containsKey(label)) {
            return;
        }
        int slot = stacked.merge(label, 1, Integer::sum) - 1;
        svg.text(x(label), y(label) + RADIUS + 14 + slot * 13, text, "middle", cssClass);
    }

    private static String stateClass(int step, int current) {
        if (step == current) {
            return "is-current";
        }
        return step < current ? "is-past" : "is-future";
    }

    private static String num(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(java.util.Locale.ROOT, "%.1f", value);
    }
}
