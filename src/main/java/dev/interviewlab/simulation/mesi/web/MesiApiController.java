package dev.interviewlab.simulation.mesi.web;

import dev.interviewlab.simulation.mesi.engine.MesiPreset;
import dev.interviewlab.simulation.mesi.engine.MesiRun;
import dev.interviewlab.simulation.mesi.engine.MesiSimulation;
import dev.interviewlab.web.ApiController;
import dev.interviewlab.web.InvalidInputException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.util.ArrayList;
import java.util.List;

/** {@code POST /api/simulations/mesi}: the same settings, engine and checker as the page, as JSON. */
@RestController
@ApiController
class MesiApiController {

    private final CheckerResults checker;

    MesiApiController(CheckerResults checker) {
        this.checker = checker;
    }

    @PostMapping("/api/simulations/mesi")
    MesiApiResponse simulate(@RequestBody(required = false) MesiApiRequest request) {
        MesiApiRequest body = request == null
                ? new MesiApiRequest(null, null, null, null, null, null, null, null, null, null, null, null, null, null) : request;
        List<InvalidInputException.FieldProblem> problems = new ArrayList<>();
        body.unknown().keySet().stream().sorted().forEach(name -> problems.add(InvalidInputException.FieldProblem.of(name,
                "mesi.error.unknownSetting", String.join(", ", MesiApiRequest.FIELDS))));
        MesiForm form = body.form();
        if (body.preset() != null) {
            MesiPreset.byKey(body.preset()).ifPresentOrElse(form::applyPreset, () -> problems.add(
                    InvalidInputException.FieldProblem.of("preset", "mesi.error.preset", body.preset())));
        } else if (body.script() == null && !MesiSettings.RANDOM.equals(body.source())) {
            form.applyPreset(MesiForm.DEFAULT_PRESET);
        }
        MesiSettings.Outcome outcome = form.settings().resolve();
        outcome.problems().forEach(p -> problems.add(new InvalidInputException.FieldProblem(p.field(), p.messageKey(), p.arguments())));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        MesiSettings.Resolved resolved = outcome.resolved();
        MesiRun run = MesiSimulation.run(resolved.program(), resolved.bug());
        return MesiApiResponse.of(run, run.program().layout().sharesALine()
                ? MesiSimulation.run(run.program().padded(), resolved.bug()).traffic() : null,
                checker.check(resolved.check(), resolved.bug()));
    }
}
