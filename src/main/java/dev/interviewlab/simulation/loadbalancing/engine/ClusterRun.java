package dev.interviewlab.simulation.loadbalancing.engine;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.PriorityQueue;

/**
 * The discrete-event simulation of one algorithm on one workload, in virtual milliseconds. Events
 * at the same instant run in the order they were scheduled; arrivals at an instant run before the
 * completions and failures due then. Each server has {@code workers} parallel workers and one FIFO
 * queue; a request's service time is its cost over the server's speed.
 */
final class ClusterRun {

    private enum DueKind { COMPLETION, FAILURE, DETECTION }

    private record Due(double time, long order, DueKind kind, Request request, int generation) {
    }

    private static final class Request {
        final int id;
        final double arrival;
        final double cost;
        final int key;
        int attempt = 1;
        int server = -1;
        double sentAt;
        double startedAt;
        int generation;

        Request(int id, double arrival, double cost, int key) {
            this.id = id;
            this.arrival = arrival;
            this.cost = cost;
            this.key = key;
        }
    }

    private final class Server {
        final ServerSpec spec;
        final ArrayDeque<Request> queue = new ArrayDeque<>();
        final List<Request> inService = new ArrayList<>();
        boolean up = true;
        boolean markedDown;
        double busyMs;
        int routed;
        int completed;
        int rejected;
        int peak;

        Server(ServerSpec spec) {
            this.spec = spec;
        }

        int outstanding() {
            return inService.size() + queue.size();
        }
    }

    private final LbScenario scenario;
    private final Workload workload;
    private final boolean tracing;
    private final Balancer balancer;
    private final Server[] servers;
    private final PriorityQueue<Due> due = new PriorityQueue<>((x, y) -> x.time != y.time ? Double.compare(x.time, y.time)
            : Long.compare(x.order, y.order));
    private final List<LbEvent> trace = new ArrayList<>();
    private final double[] latencies;
    private final double sampleInterval;
    private final List<List<Double>> samples = new ArrayList<>();
    private int latencyCount;
    private double waitSum;
    private int dropped;
    private int retried;
    private long order;
    private double now;
    private int events;
    private int samplesTaken;
    private final double[] area;
    private double areaSince;
    private int excluded = -1;

    private final Balancer.View view = new Balancer.View() {
        @Override
        public int size() {
            return servers.length;
        }

        @Override
        public boolean eligible(int server) {
            return !servers[server].markedDown && server != excluded;
        }

        @Override
        public int outstanding(int server) {
            return servers[server].outstanding();
        }

        @Override
        public int weight(int server) {
            return servers[server].spec.weight();
        }

        @Override
        public double now() {
            return now;
        }
    };

    ClusterRun(LbScenario scenario, Workload workload, boolean tracing) {
        this.scenario = scenario;
        this.workload = workload;
        this.tracing = tracing;
        this.balancer = Balancer.of(scenario);
        this.servers = scenario.servers().stream().map(Server::new).toArray(Server[]::new);
        this.latencies = new double[workload.size()];
        this.sampleInterval = workload.arrivalMs(workload.size() - 1) / (LoadSeries.SAMPLES / 2.0);
        this.area = new double[scenario.servers().size()];
        for (int s = 0; s < servers.length; s++) {
            samples.add(new ArrayList<>());
        }
    }

    RunStats run() {
        if (scenario.failServer() >= 0) {
            schedule(scenario.failAtMs(), DueKind.FAILURE, null, 0);
        }
        int next = 0;
        // until every request is answered or dropped: a failure or health check due later does not stretch the run
        while ((next < workload.size() || latencyCount + dropped < workload.size()) && !(next == workload.size() && due.isEmpty())
                && events < LbLimits.MAX_EVENTS) {
            events++;
            boolean arrivalFirst = next < workload.size() && (due.isEmpty() || workload.arrivalMs(next) <= due.peek().time);
            double time = arrivalFirst ? workload.arrivalMs(next) : due.peek().time;
            sampleUntil(time);
            now = time;
            if (arrivalFirst) {
                Request request = new Request(next, now, workload.cost(next), workload.key(next));
                next++;
                route(request);
            } else {
                Due item = due.poll();
                switch (item.kind) {
                    case COMPLETION -> complete(item.request, item.generation);
                    case FAILURE -> fail(servers[scenario.failServer()]);
                    case DETECTION -> markDown(scenario.failServer());
                }
            }
        }
        sampleUntil(now);
        closeLastSample();
        return stats();
    }

    List<LbEvent> trace() {
        return trace;
    }

    LoadSeries load() {
        return new LoadSeries(sampleInterval, samples);
    }

    private void route(Request request) {
        if (!anyEligible()) {
            dropped++;
            record(LbEvent.Kind.NO_SERVER, request, -1, null);
            return;
        }
        boolean explain = traced(request);
        int chosen = balancer.pick(request.key, view, explain);
        Balancer.Decision decision = explain ? balancer.lastDecision() : null;
        Server server = servers[chosen];
        server.routed++;
        request.server = chosen;
        request.sentAt = now;
        if (!server.up) {
            record(LbEvent.Kind.REFUSED, request, chosen, decision);
            failAttempt(request, chosen);
        } else if (server.inService.size() < server.spec.workers()) {
            start(server, request);
            record(LbEvent.Kind.STARTED, request, chosen, decision);
        } else if (server.queue.size() < server.spec.queueLimit()) {
            server.queue.addLast(request);
            server.peak = Math.max(server.peak, server.outstanding());
            record(LbEvent.Kind.QUEUED, request, chosen, decision);
        } else {
            server.rejected++;
            dropped++;
            record(LbEvent.Kind.REJECTED, request, chosen, decision);
        }
    }

    private boolean anyEligible() {
        for (int s = 0; s < servers.length; s++) {
            if (view.eligible(s)) {
                return true;
            }
        }
        return false;
    }

    private void start(Server server, Request request) {
        request.startedAt = now;
        server.inService.add(request);
        server.peak = Math.max(server.peak, server.outstanding());
        waitSum += now - request.arrival;
        schedule(now + request.cost / server.spec.speed(), DueKind.COMPLETION, request, request.generation);
    }

    private void complete(Request request, int generation) {
        if (generation != request.generation) {
            return; // its server failed while serving it
        }
        Server server = servers[request.server];
        server.inService.remove(request);
        server.busyMs += now - request.startedAt;
        server.completed++;
        latencies[latencyCount++] = now - request.arrival;
        balancer.completed(request.server, now - request.sentAt, now);
        record(LbEvent.Kind.COMPLETED, request, request.server, null);
        Request waiting = server.queue.pollFirst();
        if (waiting != null) {
            start(server, waiting);
            record(LbEvent.Kind.BEGAN, waiting, request.server, null);
        }
    }

    private void fail(Server server) {
        int index = scenario.failServer();
        server.up = false;
        record(LbEvent.Kind.SERVER_FAILED, null, index, null);
        List<Request> lost = new ArrayList<>(server.inService);
        lost.addAll(server.queue);
        for (Request request : server.inService) {
            server.busyMs += now - request.startedAt;
            waitSum -= request.startedAt - request.arrival; // it will wait again, or never be answered
        }
        server.inService.clear();
        server.queue.clear();
        if (scenario.detectMs() == 0) {
            markDown(index);
        } else {
            schedule(now + scenario.detectMs(), DueKind.DETECTION, null, 0);
        }
        for (Request request : lost) {
            request.generation++;
            record(LbEvent.Kind.LOST, request, index, null);
            failAttempt(request, index);
        }
    }

    private void markDown(int index) {
        if (!servers[index].markedDown) {
            servers[index].markedDown = true;
            record(LbEvent.Kind.SERVER_MARKED_DOWN, null, index, null);
        }
    }

    /** FailurePolicy: one retry, at once, to another server; otherwise the request fails. */
    private void failAttempt(Request request, int failedServer) {
        if (scenario.onFailure() == FailurePolicy.RETRY && request.attempt == 1) {
            request.attempt = 2;
            retried++;
            excluded = failedServer;
            try {
                route(request);
            } finally {
                excluded = -1;
            }
        } else {
            dropped++;
            record(LbEvent.Kind.DROPPED, request, failedServer, null);
        }
    }

    private void schedule(double time, DueKind kind, Request request, int generation) {
        due.add(new Due(time, order++, kind, request, generation));
    }

    private boolean traced(Request request) {
        return tracing && request.id < LbLimits.TRACED_REQUESTS;
    }

    private void record(LbEvent.Kind kind, Request request, int server, Balancer.Decision decision) {
        if (!tracing || request != null && !traced(request)) {
            return;
        }
        List<Integer> outstanding = Arrays.stream(servers).map(Server::outstanding).toList();
        trace.add(new LbEvent(trace.size() + 1, now, kind, request == null ? -1 : request.id,
                request == null ? -1 : request.key, request == null ? 1 : request.attempt, server, decision, outstanding));
    }

    /**
     * Adds each server's outstanding requests × time up to {@code time}, closing every interval
     * that ends on the way: a sample is the time-weighted mean over its interval, not the count at
     * one instant (which would show noise rather than load).
     */
    private void sampleUntil(double time) {
        if (!tracing) {
            return;
        }
        while (samplesTaken < LoadSeries.SAMPLES && (samplesTaken + 1) * sampleInterval <= time) {
            double end = (samplesTaken + 1) * sampleInterval;
            for (int s = 0; s < servers.length; s++) {
                area[s] += servers[s].outstanding() * (end - areaSince);
                samples.get(s).add(area[s] / sampleInterval);
                area[s] = 0;
            }
            areaSince = end;
            samplesTaken++;
        }
        if (samplesTaken < LoadSeries.SAMPLES) {
            for (int s = 0; s < servers.length; s++) {
                area[s] += servers[s].outstanding() * (time - areaSince);
            }
        }
        areaSince = time;
    }

    /** The last, partial interval, if the run ended inside one. */
    private void closeLastSample() {
        double covered = now - samplesTaken * sampleInterval;
        if (tracing && samplesTaken < LoadSeries.SAMPLES && covered > 0) {
            for (int s = 0; s < servers.length; s++) {
                samples.get(s).add(area[s] / covered);
            }
        }
    }

    private RunStats stats() {
        double[] sorted = Arrays.copyOf(latencies, latencyCount);
        Arrays.sort(sorted);
        double sum = 0;
        for (double latency : sorted) {
            sum += latency;
        }
        double duration = now;
        List<ServerStats> perServer = new ArrayList<>();
        for (Server server : servers) {
            double busy = server.busyMs;
            for (Request request : server.inService) {
                busy += now - request.startedAt; // cut off by the event budget
            }
            perServer.add(new ServerStats(server.routed, server.completed, server.rejected,
                    duration == 0 ? 0 : busy / (server.spec.workers() * duration), server.peak));
        }
        int n = sorted.length;
        return new RunStats(scenario.algorithm(), workload.size(), n, dropped, retried, n == 0 ? 0 : sum / n,
                percentile(sorted, 0.50), percentile(sorted, 0.99), n == 0 ? 0 : sorted[n - 1],
                n == 0 ? 0 : waitSum / n, duration, perServer);
    }

    /** Nearest rank: the smallest value with at least p of the values at or below it. */
    static double percentile(double[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(p * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }
}
