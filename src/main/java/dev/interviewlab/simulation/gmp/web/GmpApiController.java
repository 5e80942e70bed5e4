package dev.interviewlab.simulation.gmp.web;

import dev.interviewlab.simulation.gmp.engine.Frame;
import dev.interviewlab.simulation.gmp.engine.GmpEvent;
import dev.interviewlab.simulation.gmp.engine.GmpRun;
import dev.interviewlab.simulation.gmp.engine.GmpSimulation;
import dev.interviewlab.simulation.gmp.engine.GoroutineStats;
import dev.interviewlab.simulation.gmp.engine.ProcFrame;
import dev.interviewlab.simulation.gmp.engine.Summary;
import dev.interviewlab.simulation.gmp.engine.Tick;
import dev.interviewlab.web.ApiController;
import dev.interviewlab.web.InvalidInputException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * {@code POST /api/simulations/gmp}: the scheduler engine as JSON. Send {@code {"preset": "spawn-storm"}} or
 * {@code {"script": "spawn 100 work 2ms"}}, optionally with {@code "gomaxprocs"} (1–8),
 * {@code "preemption": "go1.13|go1.14"} and {@code "seed"}. Times are in ticks of {@link Tick#MICROS} µs.
 */
@RestController
@ApiController
class GmpApiController {

    record RunRequest(String preset, String script, Integer gomaxprocs, String preemption, Long seed) {
    }

    /** One tick: per P the G it runs (0 = none), state and local queue length; the global queue; threads. */
    record ApiFrame(int tick, List<Integer> running, List<String> states, List<Integer> local, int global, int threads) {
    }

    record ApiEvent(int tick, String kind, int p, int m, int g, int other, int count) {
    }

    record RunResponse(int gomaxprocs, String preemption, int tickMicros, Summary summary, List<ApiEvent> events,
                       List<GoroutineStats> goroutines, List<ApiFrame> frames) {
    }

    @PostMapping("/api/simulations/gmp")
    RunResponse run(@RequestBody(required = false) RunRequest request) {
        RunRequest body = request == null ? new RunRequest(null, null, null, null, null) : request;
        GmpRequest.Resolved resolved = GmpRequest.resolve(body.preset(), body.script(), body.gomaxprocs(),
                body.preemption(), body.seed());
        if (!resolved.ok()) {
            throw new InvalidInputException(resolved.problems());
        }
        GmpRun run = GmpSimulation.run(resolved.input());
        List<ApiEvent> events = run.events().stream().map(GmpApiController::event).toList();
        List<ApiFrame> frames = run.frames().stream().map(GmpApiController::frame).toList();
        return new RunResponse(run.input().gomaxprocs(), run.input().preemption().slug(), Tick.MICROS, run.summary(),
                events, run.goroutines(), frames);
    }

    private static ApiEvent event(GmpEvent e) {
        return new ApiEvent(e.tick(), e.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'), e.p(), e.m(),
                e.g(), e.other(), e.count());
    }

    private static ApiFrame frame(Frame f) {
        return new ApiFrame(f.tick(), f.procs().stream().map(ProcFrame::g).toList(),
                f.procs().stream().map(p -> p.state().name().toLowerCase(java.util.Locale.ROOT)).toList(),
                f.procs().stream().map(ProcFrame::local).toList(), f.global(), f.threads());
    }
}
