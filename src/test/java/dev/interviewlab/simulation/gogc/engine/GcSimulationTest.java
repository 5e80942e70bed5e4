package dev.interviewlab.simulation.gogc.engine;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class GcSimulationTest {

    private static GcRun run(Preset preset, Barrier barrier) {
        return GcSimulation.run(ScriptParser.parse(preset.script()).scenario(), barrier);
    }

    @ParameterizedTest(name = "{0} without a barrier frees live C")
    @EnumSource(Preset.class)
    void withoutABarrierEveryPresetFreesAReachableObject(Preset preset) {
        GcRun run = run(preset, Barrier.NONE);

        assertThat(run.lost()).containsExactly("C");
        assertThat(run.freed()).containsExactly("C");
        assertThat(run.weakBrokenAt()).isPositive();
        GcEvent sweep = run.events().get(run.events().size() - 1);
        assertThat(sweep.kind()).isEqualTo(EventKind.SWEEP);
        assertThat(sweep.after().objects()).filteredOn(o -> o.name().equals("C")).singleElement()
                .satisfies(c -> assertThat(c.freed()).isTrue());
    }

    @ParameterizedTest(name = "{0} under {1}: nothing live freed, promise kept")
    @CsvSource({
            "LOST_OBJECT, DIJKSTRA", "LOST_OBJECT, YUASA", "LOST_OBJECT, HYBRID",
            "HIDDEN_ON_STACK, DIJKSTRA", "HIDDEN_ON_STACK, YUASA", "HIDDEN_ON_STACK, HYBRID",
            "GREY_STACK_WRITE, DIJKSTRA", "GREY_STACK_WRITE, YUASA", "GREY_STACK_WRITE, HYBRID",
    })
    void everyBarrierSavesTheObject(Preset preset, Barrier barrier) {
        GcRun run = run(preset, barrier);

        assertThat(run.lost()).isEmpty();
        assertThat(run.freed()).isEmpty();
        int broken = barrier.promise() == Invariant.STRONG ? run.strongBrokenAt() : run.weakBrokenAt();
        assertThat(broken).as("step breaking the promised invariant").isZero();
    }

    @Test
    void theLostObjectBreaksTheStrongInvariantAtTheStoreAndTheWeakOneWhenThePathIsCut() {
        GcRun run = run(Preset.LOST_OBJECT, Barrier.NONE);

        assertThat(run.events().get(run.strongBrokenAt() - 1).text()).isEqualTo("g1: z = y.f");
        assertThat(run.events().get(run.weakBrokenAt() - 1).text()).isEqualTo("g1: y.f = nil");
    }

    @Test
    void theHybridBarrierShadesTheOldPointerWhenTheGreyPathIsCut() {
        GcRun run = run(Preset.LOST_OBJECT, Barrier.HYBRID);

        GcEvent cut = run.events().stream().filter(e -> e.text().equals("g1: y.f = nil")).findFirst().orElseThrow();
        assertThat(cut.shades()).containsExactly(new Shade(2, ShadeCause.OLD_POINTER));
        assertThat(run.strongBrokenAt()).as("the hybrid barrier keeps only the weak invariant").isPositive();
    }

    @Test
    void theHybridBarrierShadesTheNewPointerOnlyWhileTheWritersStackIsGrey() {
        GcRun run = run(Preset.GREY_STACK_WRITE, Barrier.HYBRID);

        GcEvent store = run.events().stream().filter(e -> e.text().equals("g2: a.f = c")).findFirst().orElseThrow();
        assertThat(store.shades()).containsExactly(new Shade(1, ShadeCause.NEW_POINTER)); // C
        GcEvent blackStackStore = run(Preset.LOST_OBJECT, Barrier.HYBRID).events().stream()
                .filter(e -> e.text().equals("g1: x.g = z")).findFirst().orElseThrow();
        assertThat(blackStackStore.shades()).isEmpty();
    }

    @Test
    void dijkstraReScansStacksAtMarkTermination() {
        GcRun run = run(Preset.HIDDEN_ON_STACK, Barrier.DIJKSTRA);

        GcEvent rescan = run.events().stream().filter(e -> e.kind() == EventKind.RESCAN_STACKS).findFirst().orElseThrow();
        assertThat(rescan.shades()).containsExactly(new Shade(2, ShadeCause.ROOT));
    }

    @Test
    void yuasaScansEveryRootWhenMarkingStarts() {
        GcRun run = run(Preset.GREY_STACK_WRITE, Barrier.YUASA);

        assertThat(run.events().get(0).kind()).isEqualTo(EventKind.START);
        assertThat(run.events().get(0).shades()).extracting(Shade::object).containsExactlyInAnyOrder(0, 1); // A, C
        assertThat(run.events()).filteredOn(e -> e.text().equals("gc: scan stack g2")).singleElement()
                .satisfies(e -> assertThat(e.kind()).isEqualTo(EventKind.SKIPPED));
    }

    @Test
    void garbageIsFreedAndNewObjectsAreBlackWhileDeletionBarriersKeepFloatingGarbage() {
        Scenario scenario = ScriptParser.parse("""
                g1.x = A
                A.f = B
                object G
                g1: y = new N
                g1: x.f = y
                """).scenario();
        for (Barrier barrier : Barrier.values()) {
            GcRun run = GcSimulation.run(scenario, barrier);
            // B was reachable when marking started: a deletion barrier shades it when A.f is overwritten, so it
            // floats until the next cycle
            List<String> freed = barrier.shadesOld() ? List.of("G") : List.of("B", "G");
            assertThat(run.freed()).as(barrier.key()).isEqualTo(freed);
            assertThat(run.lost()).isEmpty();
            GcEvent alloc = run.events().get(1);
            assertThat(alloc.kind()).isEqualTo(EventKind.ALLOC);
            assertThat(alloc.after().objects().get(3).colour()).isEqualTo(Colour.BLACK);
        }
    }

    @Test
    void aStatementThroughANilVariableDoesNothing() {
        GcRun run = GcSimulation.run(ScriptParser.parse("g1.x = A\ng1: y = z.f\n").scenario(), Barrier.NONE);

        assertThat(run.events().get(1).kind()).isEqualTo(EventKind.NIL_HOLDER);
        assertThat(run.freed()).isEmpty();
    }

    @Test
    void sameScriptSameTrace() {
        Scenario scenario = ScriptParser.parse(Preset.LOST_OBJECT.script()).scenario();

        assertThat(GcSimulation.run(scenario, Barrier.HYBRID).events())
                .isEqualTo(GcSimulation.run(scenario, Barrier.HYBRID).events());
    }

    @ParameterizedTest
    @EnumSource(Barrier.class)
    void theBarrierTableMatchesTheLiterature(Barrier barrier) {
        // Dijkstra 1978: shade the new target; Yuasa 1990: shade the overwritten one; Go's hybrid: both,
        // the new one only while the writer's stack is grey (runtime/mbarrier.go)
        List<Object> row = List.of(barrier.shadesOld(), barrier.shadesNew(true), barrier.shadesNew(false), barrier.roots(),
                barrier.promise());
        List<Object> expected = switch (barrier) {
            case NONE -> List.of(false, false, false, RootProtocol.SCAN_ONCE, Invariant.NONE);
            case DIJKSTRA -> List.of(false, true, true, RootProtocol.RESCAN_AT_TERMINATION, Invariant.STRONG);
            case YUASA -> List.of(true, false, false, RootProtocol.SNAPSHOT_AT_START, Invariant.WEAK);
            case HYBRID -> List.of(true, true, false, RootProtocol.SCAN_ONCE, Invariant.WEAK);
        };
        assertThat(row).isEqualTo(expected);
    }
}
