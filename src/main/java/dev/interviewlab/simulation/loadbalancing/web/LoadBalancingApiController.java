package dev.interviewlab.simulation.loadbalancing.web;

import dev.interviewlab.simulation.loadbalancing.engine.LbSettings;
import dev.interviewlab.simulation.loadbalancing.engine.LoadBalancing;
import dev.interviewlab.web.ApiController;
import dev.interviewlab.web.InvalidInputException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/simulations/load-balancing}: the same settings and engine as the page, as JSON. */
@RestController
@ApiController
class LoadBalancingApiController {

    @PostMapping("/api/simulations/load-balancing")
    LbApiResponse simulate(@RequestBody(required = false) LbApiRequest request) {
        if (request != null && !request.unknown().isEmpty()) {
            throw new InvalidInputException(request.unknown().keySet().stream().sorted()
                    .map(name -> InvalidInputException.FieldProblem.of(name, "lb.error.unknownSetting",
                            String.join(", ", LbForm.FIELDS)))
                    .toList());
        }
        LbSettings settings = request == null ? LbSettings.ofPreset(null) : request.toSettings();
        if (settings.resolve() instanceof LbSettings.Rejected rejected) {
            throw new InvalidInputException(rejected.problems().stream()
                    .map(p -> new InvalidInputException.FieldProblem(p.field(), p.messageKey(), p.arguments())).toList());
        }
        return LbApiResponse.of(LoadBalancing.run(((LbSettings.Resolved) settings.resolve()).scenario()));
    }
}
