package dev.interviewlab.simulation.tcp.web;

import dev.interviewlab.simulation.tcp.engine.TcpSettings;
import dev.interviewlab.simulation.tcp.engine.TcpSimulation;
import dev.interviewlab.web.ApiController;
import dev.interviewlab.web.InvalidInputException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/simulations/tcp}: the same settings and the same engine as the page, as JSON. */
@RestController
@ApiController
class TcpApiController {

    @PostMapping("/api/simulations/tcp")
    TcpApiResponse simulate(@RequestBody(required = false) TcpApiRequest request) {
        if (request != null && !request.unknown().isEmpty()) {
            throw new InvalidInputException(request.unknown().keySet().stream().sorted()
                    .map(name -> InvalidInputException.FieldProblem.of(name, "tcp.error.unknownSetting",
                            String.join(", ", TcpSettingsForm.FIELDS)))
                    .toList());
        }
        TcpSettings settings = request == null ? TcpSettings.ofPreset(null) : request.toSettings();
        TcpSimulation.Outcome outcome = TcpSimulation.simulate(settings);
        if (outcome instanceof TcpSimulation.Invalid invalid) {
            throw new InvalidInputException(invalid.problems().stream()
                    .map(p -> new InvalidInputException.FieldProblem(p.field(), p.messageKey(), p.arguments())).toList());
        }
        return TcpApiResponse.of(((TcpSimulation.Ran) outcome).run());
    }
}
