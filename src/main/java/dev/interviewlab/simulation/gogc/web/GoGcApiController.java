package dev.interviewlab.simulation.gogc.web;

import dev.interviewlab.simulation.gogc.engine.GcEvent;
import dev.interviewlab.simulation.gogc.engine.GcRun;
import dev.interviewlab.simulation.gogc.engine.GcSimulation;
import dev.interviewlab.simulation.gogc.engine.HeapSnapshot;
import dev.interviewlab.simulation.gogc.engine.Shade;
import dev.interviewlab.web.ApiController;
import dev.interviewlab.web.InvalidInputException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code POST /api/simulations/go-gc}: the page's engine as JSON. Send {@code {"preset": "lost-object"}}
 * or {@code {"script": "..."}}, and optionally {@code "barrier": "none|dijkstra|yuasa|hybrid"}.
 */
@RestController
@ApiController
class GoGcApiController {

    record RunRequest(String preset, String script, String barrier) {
    }

    record ApiShade(String object, String cause) {
    }

    record ApiStep(int number, int line, String text, String kind, List<String> arguments, List<ApiShade> shaded,
                   Map<String, String> colours, boolean strongInvariant, boolean weakInvariant) {
    }

    record RunResponse(String barrier, String invariant, List<ApiStep> steps, List<String> freed, List<String> lost,
                       boolean freedLiveObject) {
    }

    @PostMapping("/api/simulations/go-gc")
    RunResponse run(@RequestBody(required = false) RunRequest request) {
        RunRequest body = request == null ? new RunRequest(null, null, null) : request;
        GoGcInput.Resolved input = GoGcInput.resolve(body.preset(), body.script(), body.barrier());
        if (!input.ok()) {
            throw new InvalidInputException(input.problems());
        }
        GcRun run = GcSimulation.run(input.scenario(), input.barrier());
        List<ApiStep> steps = run.events().stream().map(event -> step(run, event)).toList();
        return new RunResponse(run.barrier().key(), run.barrier().promise().key(), steps, run.freed(), run.lost(),
                run.freedLiveObject());
    }

    private static ApiStep step(GcRun run, GcEvent event) {
        Map<String, String> colours = new LinkedHashMap<>();
        for (HeapSnapshot.ObjectState object : event.after().objects()) {
            colours.put(object.name(), object.freed() ? "freed" : object.allocated() ? object.colour().key() : "unallocated");
        }
        List<ApiShade> shaded = event.shades().stream()
                .map((Shade s) -> new ApiShade(run.scenario().layout().object(s.object()), s.cause().key())).toList();
        return new ApiStep(event.number(), event.line(), event.text(), event.kind().key(), event.arguments(), shaded, colours,
                event.invariants().strongHolds(), event.invariants().weakHolds());
    }
}
