package dev.interviewlab.simulation.cache.web;

import dev.interviewlab.simulation.cache.engine.CacheExperiment;
import dev.interviewlab.simulation.cache.engine.ExperimentResult;
import dev.interviewlab.simulation.cache.engine.InvalidSettingsException;
import dev.interviewlab.simulation.cache.engine.SimulationInput;
import dev.interviewlab.simulation.cache.engine.StaleReadTimeline;
import dev.interviewlab.web.ApiController;
import dev.interviewlab.web.InvalidInputException;
import dev.interviewlab.web.InvalidInputException.FieldProblem;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * {@code POST /api/simulations/cache}: runs the settings (the same rules as the form) and answers
 * with the metrics, a trace's per-operation outcomes and the first stale read replayed. Bad
 * settings answer 400 with a problem detail listing each field.
 */
@RestController
@ApiController
class CacheApiController {

    @PostMapping("/api/simulations/cache")
    CacheApiResponse run(@RequestBody CacheApiRequest request) {
        List<FieldProblem> shape = request.shapeProblems();
        if (!shape.isEmpty()) {
            throw new InvalidInputException(shape);
        }
        SimulationInput input;
        try {
            input = request.toBuilder().build();
        } catch (InvalidSettingsException e) {
            throw new InvalidInputException(e.problems().stream()
                    .map(p -> new FieldProblem(p.field(), SettingProblems.messageKey(p), p.arguments())).toList());
        }
        ExperimentResult result = CacheExperiment.run(input);
        StaleReadTimeline timeline = result.primary().staleRead() == null ? null : result.timeline(
                result.staleReadChoices().stream().filter(c -> c.run() == result.primary()).findFirst()
                        .map(ExperimentResult.StaleReadChoice::number).orElse(null));
        return CacheApiResponse.of(result, timeline);
    }
}
