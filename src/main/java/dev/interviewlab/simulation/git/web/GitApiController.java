package dev.interviewlab.simulation.git.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.interviewlab.simulation.git.engine.Command;
import dev.interviewlab.simulation.git.engine.Commit;
import dev.interviewlab.simulation.git.engine.FastForward;
import dev.interviewlab.simulation.git.engine.GitEngine;
import dev.interviewlab.simulation.git.engine.Limits;
import dev.interviewlab.simulation.git.engine.Scenario;
import dev.interviewlab.simulation.git.engine.ScenarioException;
import dev.interviewlab.simulation.git.engine.SimulationResult;
import dev.interviewlab.simulation.git.engine.StepProblem;
import dev.interviewlab.web.ApiController;
import dev.interviewlab.web.InvalidInputException;
import dev.interviewlab.web.InvalidInputException.FieldProblem;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code POST /api/simulations/git}: runs steps and answers with the branches and every commit
 * reachable from a branch. Scenario commits keep their id, a rebased or cherry-picked copy of E is
 * E', merge commits are M, M2, …, reverts !E. On a conflict the branches stay as they were before
 * the failing step and the steps after it are not run.
 */
@RestController
@ApiController
class GitApiController {

    /** The request: {@code {"steps": [...]}}. */
    record RunRequest(List<ApiStep> steps) {
    }

    /**
     * One step. Ops: commit (branch, id, files; a null content deletes), branch (name, from),
     * switch (branch), merge (into, from, ff: true fast-forwards where it can, default --no-ff),
     * rebase (branch, onto), cherry-pick (branch, rev), revert (branch, rev, mainline),
     * reset (branch, to), tag (name, rev).
     */
    record ApiStep(String op, String branch, String id, Map<String, String> files, String name, String from, String into,
                   Boolean ff, String onto, String rev, String to, Integer mainline) {
    }

    record ApiCommit(String label, List<String> parents, Map<String, String> files) {
    }

    record RunResponse(boolean conflict, @JsonProperty("conflict_files") List<String> conflictFiles,
                       Map<String, String> branches, List<ApiCommit> commits) {
    }

    @PostMapping("/api/simulations/git")
    RunResponse run(@RequestBody RunRequest request) {
        List<ApiStep> steps = request == null || request.steps() == null ? List.of() : request.steps();
        List<FieldProblem> problems = new ArrayList<>();
        if (steps.isEmpty()) {
            throw new InvalidInputException(List.of(FieldProblem.of("steps", "git.error.noCommands")));
        }
        if (steps.size() > Limits.MAX_COMMANDS) {
            throw new InvalidInputException(List.of(FieldProblem.of("steps", "git.error.tooManyCommands", Limits.MAX_COMMANDS)));
        }
        List<Command> commands = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            Command command = toCommand(i, steps.get(i), problems);
            if (command != null) {
                commands.add(command);
            }
        }
        if (problems.isEmpty()) {
            Scenario.problems(commands).forEach(problem -> problems.add(fieldProblem(problem)));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        SimulationResult result;
        try {
            result = GitEngine.run(new Scenario(commands));
        } catch (ScenarioException e) {
            throw new InvalidInputException(e.problems().stream().map(GitApiController::fieldProblem).toList());
        }
        Map<String, String> branches = new LinkedHashMap<>(result.finalState().branches());
        List<ApiCommit> commits = new ArrayList<>();
        for (Commit commit : result.reachableFromBranches(result.finalState())) {
            commits.add(new ApiCommit(commit.label(), commit.parents(), new LinkedHashMap<>(commit.snapshot().files())));
        }
        boolean conflict = result.conflict() != null;
        return new RunResponse(conflict, conflict ? result.conflict().paths() : List.of(), branches, commits);
    }

    private static Command toCommand(int i, ApiStep step, List<FieldProblem> problems) {
        if (step == null || step.op() == null) {
            problems.add(FieldProblem.of("steps[" + i + "].op", "git.error.missing"));
            return null;
        }
        return switch (step.op()) {
            case "commit" -> new Command.CommitFiles(step.branch(), step.id(), step.files() == null ? Map.of() : step.files());
            case "branch" -> new Command.CreateBranch(step.name(), step.from(), false);
            case "switch" -> new Command.Switch(step.branch());
            case "merge" -> new Command.Merge(step.into(), step.from(), Boolean.TRUE.equals(step.ff()) ? FastForward.ALLOW
                    : FastForward.NEVER);
            case "rebase" -> new Command.Rebase(step.branch(), step.onto());
            case "cherry-pick" -> new Command.CherryPick(step.branch(), step.rev());
            case "revert" -> new Command.Revert(step.branch(), step.rev(), step.mainline() == null ? 0 : step.mainline());
            case "reset" -> new Command.Reset(step.branch(), step.to());
            case "tag" -> new Command.Tag(step.name(), step.rev());
            default -> {
                problems.add(FieldProblem.of("steps[" + i + "].op", "git.error.unknownOp", step.op()));
                yield null;
            }
        };
    }

    private static FieldProblem fieldProblem(StepProblem problem) {
        String field = problem.field().equals("steps") ? "steps" : "steps[" + problem.step() + "]." + problem.field();
        return new FieldProblem(field, problem.messageKey(), problem.arguments());
    }
}
