package dev.interviewlab.simulation.gmp.engine;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class GmpSimulationTest {

    private static GmpInput input(String script, int procs, Preemption preemption) {
        WorkloadParser.Result parsed = WorkloadParser.parse(script);
        assertThat(parsed.problems()).isEmpty();
        return new GmpInput(parsed.spawns(), procs, preemption, 7);
    }

    /** After every tick each live G sits in exactly one place, and each M in at most one. */
    private static final Consumer<Scheduler> INVARIANTS = scheduler -> {
        List<Scheduler.Location> places = scheduler.locations();
        Set<Integer> seen = new HashSet<>();
        for (Scheduler.Location place : places) {
            assertThat(seen.add(place.g())).as("G%d is in two places at tick %d: %s", place.g(), scheduler.tick(),
                    places.stream().filter(p -> p.g() == place.g()).toList()).isTrue();
        }
        List<Integer> live = scheduler.liveGoroutines();
        if (!seen.equals(new HashSet<>(live)) || live.size() != seen.size()) {
            assertThat(seen).as("tick %d", scheduler.tick()).containsExactlyInAnyOrderElementsOf(live);
        }
        List<Integer> threads = scheduler.threadPlaces();
        assertThat(new HashSet<>(threads)).as("an M in two places at tick %d", scheduler.tick()).hasSameSizeAs(threads);
    };

    @ParameterizedTest
    @EnumSource(Preset.class)
    void everyPresetKeepsEachGoroutineInExactlyOnePlaceAndFinishes(Preset preset) {
        GmpRun run = GmpSimulation.run(preset.input(), INVARIANTS);
        assertThat(run.summary().truncated()).isFalse();
        assertThat(run.goroutines()).allMatch(g -> g.finished() >= 0);
        assertThat(run.frames()).allMatch(f -> f.procs().stream().allMatch(p -> p.local() <= RuntimeRules.LOCAL_QUEUE_CAPACITY));
    }

    @Test
    void randomWorkloadsKeepTheInvariants() {
        Random random = new Random(42);
        String[] phases = {"work 300us", "loop 12ms nocalls", "loop 2ms", "syscall 1ms", "net wait 2ms", "sleep 1ms", "work 2ms"};
        for (int run = 0; run < 30; run++) {
            StringBuilder script = new StringBuilder();
            int lines = 1 + random.nextInt(5);
            for (int l = 0; l < lines; l++) {
                int count = 1 + random.nextInt(random.nextBoolean() ? 3 : 150);
                List<String> chosen = new ArrayList<>();
                for (int k = 0, n = 1 + random.nextInt(3); k < n; k++) {
                    chosen.add(phases[random.nextInt(phases.length)]);
                }
                script.append("spawn ").append(count).append(' ').append(String.join(", ", chosen)).append('\n');
            }
            Preemption preemption = random.nextBoolean() ? Preemption.ASYNC : Preemption.COOPERATIVE;
            GmpInput input = input(script.toString(), 1 + random.nextInt(4), preemption);
            GmpRun result = GmpSimulation.run(input, INVARIANTS);
            if (result.summary().truncated()) {
                assertThat(result.frames()).hasSize(Limits.MAX_TICKS);
            } else {
                assertThat(result.goroutines()).as(script.toString()).allMatch(g -> g.finished() >= 0);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {3, 4, 10, 51, 100})
    void anIdlePStealsHalfOfTheVictimsQueueRoundedUp(int spawned) {
        GmpRun run = GmpSimulation.run(input("spawn " + spawned + " work 5ms", 2, Preemption.ASYNC));
        GmpEvent steal = run.events().stream().filter(e -> e.kind() == EventKind.STEAL).findFirst().orElseThrow();
        int queued = spawned - 1; // the newest G sits in runnext, the rest in P0's local queue
        assertThat(steal.tick()).isEqualTo(1);
        assertThat(steal.other()).isZero();
        assertThat(steal.count()).isEqualTo(queued - queued / 2);
    }

    @Test
    void aFullLocalQueueMovesHalfAndTheNewGoroutineToTheGlobalQueue() {
        GmpRun run = GmpSimulation.run(input("spawn 300 work 100us", 1, Preemption.ASYNC));
        GmpEvent overflow = run.events().stream().filter(e -> e.kind() == EventKind.OVERFLOW).findFirst().orElseThrow();
        assertThat(overflow.count()).isEqualTo(RuntimeRules.LOCAL_QUEUE_CAPACITY / 2 + 1);
        assertThat(run.frames().get(overflow.tick() + 1).global()).isEqualTo(RuntimeRules.LOCAL_QUEUE_CAPACITY / 2 + 1);
    }

    @Test
    void theGlobalQueueIsCheckedOnEverySixtyFirstSchedule() {
        // main spawns for ticks 0..2; from tick 3 P0 schedules once a tick: runnext first (schedtick stays 1),
        // then local Gs, so schedtick is 61 when schedule() runs at tick 64, and 122 at tick 125
        GmpRun run = GmpSimulation.run(input("spawn 300 work 100us", 1, Preemption.ASYNC));
        List<Integer> checks = run.events().stream().filter(e -> e.kind() == EventKind.GLOBAL_CHECK)
                .map(GmpEvent::tick).toList();
        assertThat(checks).startsWith(64, 125);
    }

    @Test
    void cooperativePreemptionCannotStopALoopWithoutCallsButAsyncCan() {
        GmpRun go113 = GmpSimulation.run(Preset.TIGHT_LOOP_GO113.input());
        GmpRun go114 = GmpSimulation.run(Preset.TIGHT_LOOP_GO114.input());
        int loop = 2;
        int sleeper = 3;
        assertThat(go113.events()).noneMatch(e -> e.kind() == EventKind.PREEMPT && e.g() == loop)
                .anyMatch(e -> e.kind() == EventKind.PREEMPT_IGNORED && e.g() == loop);
        assertThat(go114.events()).anyMatch(e -> e.kind() == EventKind.PREEMPT && e.g() == loop);
        assertThat(wait(go113, sleeper)).isGreaterThanOrEqualTo(95 * Tick.PER_MILLI);
        assertThat(wait(go114, sleeper)).isLessThanOrEqualTo(RuntimeRules.PREEMPT_AFTER_TICKS);
    }

    @Test
    void cooperativePreemptionStopsALoopThatCallsFunctions() {
        GmpRun run = GmpSimulation.run(input("g loop 30ms\ng sleep 1ms, work 1ms", 1, Preemption.COOPERATIVE));
        assertThat(run.count(EventKind.PREEMPT)).isPositive();
        assertThat(wait(run, 3)).isLessThanOrEqualTo(RuntimeRules.PREEMPT_AFTER_TICKS);
    }

    @Test
    void aBlockingSyscallHandsThePToANewThreadSoOthersKeepRunning() {
        GmpRun run = GmpSimulation.run(Preset.BLOCKING_SYSCALL.input());
        GmpEvent exit = run.events().stream().filter(e -> e.kind() == EventKind.SYSCALL_EXIT).findFirst().orElseThrow();
        assertThat(run.count(EventKind.HANDOFF)).isEqualTo(1);
        assertThat(run.summary().threads()).isGreaterThan(Preset.BLOCKING_SYSCALL.gomaxprocs());
        assertThat(run.goroutines()).filteredOn(g -> g.id() != exit.g()).allMatch(g -> g.finished() < exit.tick());
    }

    @Test
    void goroutinesWaitingOnTheNetworkHoldNoThread() {
        GmpRun run = GmpSimulation.run(Preset.NETPOLLER.input());
        assertThat(run.summary().threads()).isEqualTo(Preset.NETPOLLER.gomaxprocs());
        assertThat(run.frames()).anyMatch(f -> f.netpoll() == 50);
        assertThat(run.count(EventKind.NETPOLL_READY) + run.count(EventKind.NETPOLL_INJECT)).isPositive();
    }

    @Test
    void sysmonInjectsReadyNetworkGoroutinesWhenNoPHasPolledFor10ms() {
        GmpRun run = GmpSimulation.run(input("g loop 40ms\ng net wait 1ms, work 1ms", 1, Preemption.ASYNC));
        GmpEvent inject = run.events().stream().filter(e -> e.kind() == EventKind.NETPOLL_INJECT).findFirst().orElseThrow();
        assertThat(inject.tick()).isEqualTo(RuntimeRules.SYSMON_NETPOLL_AFTER_TICKS);
    }

    @Test
    void aSpawnStormOverflowsIntoTheGlobalQueueAndIsSpreadByStealing() {
        GmpRun run = GmpSimulation.run(Preset.SPAWN_STORM.input());
        assertThat(run.summary().overflows()).isPositive();
        assertThat(run.summary().steals()).isPositive();
        assertThat(run.summary().threads()).isEqualTo(Preset.SPAWN_STORM.gomaxprocs());
        Set<Integer> ran = run.frames().stream().flatMap(f -> f.procs().stream())
                .filter(p -> p.state() == ProcState.RUNNING).map(ProcFrame::id).collect(Collectors.toSet());
        assertThat(ran).containsExactly(0, 1, 2, 3);
    }

    @Test
    void theSameInputGivesTheSameTrace() {
        GmpInput input = input("spawn 400 work 200us, net wait 1ms, work 100us\nspawn 3 syscall 2ms", 4, Preemption.ASYNC);
        assertThat(GmpSimulation.run(input)).isEqualTo(GmpSimulation.run(input));
    }

    @Test
    void aRunStopsAtTheTickBudget() {
        GmpRun run = GmpSimulation.run(input("spawn 100 work 10ms", 1, Preemption.ASYNC));
        assertThat(run.summary().truncated()).isTrue();
        assertThat(run.frames()).hasSize(Limits.MAX_TICKS);
    }

    private static int wait(GmpRun run, int g) {
        return run.goroutines().stream().filter(s -> s.id() == g).findFirst().orElseThrow().longestWait();
    }
}
