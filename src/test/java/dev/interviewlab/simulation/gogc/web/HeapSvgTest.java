package dev.interviewlab.simulation.gogc.web;

import dev.interviewlab.simulation.gogc.engine.Barrier;
import dev.interviewlab.simulation.gogc.engine.GcRun;
import dev.interviewlab.simulation.gogc.engine.GcSimulation;
import dev.interviewlab.simulation.gogc.engine.Preset;
import dev.interviewlab.simulation.gogc.engine.ScriptParser;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class HeapSvgTest {

    private static final HeapSvg.Labels LABELS = new HeapSvg.Labels("t", "d", "freed", "LIVE!", "stack", "globals");

    @Test
    void oneFramePerStepAndOnlyTheCurrentOneMarked() {
        for (Preset preset : Preset.values()) {
            for (Barrier barrier : Barrier.values()) {
                GcRun run = GcSimulation.run(ScriptParser.parse(preset.script()).scenario(), barrier);
                String svg = HeapSvg.draw(run.events(), 3, LABELS);
                assertThat(Pattern.compile("class=\"gogc-frame[^\"]*\" data-step=").matcher(svg).results().count())
                        .isEqualTo(run.events().size());
                assertThat(svg).containsOnlyOnce("gogc-frame is-current\" data-step=\"3\"");
                assertThat(svg.contains("gogc-lost")).as(preset + " " + barrier).isEqualTo(run.freedLiveObject());
            }
        }
    }

    @Test
    void everyColourCarriesItsLetter() {
        GcRun run = GcSimulation.run(ScriptParser.parse(Preset.LOST_OBJECT.script()).scenario(), Barrier.HYBRID);
        String svg = HeapSvg.draw(run.events(), 1, LABELS);

        assertThat(svg).contains("gogc-object gogc-white", "gogc-object gogc-grey", "gogc-object gogc-black",
                "class=\"gogc-letter\">W<", "class=\"gogc-letter\">G<", "class=\"gogc-letter\">B<");
    }

    /** Random scripts over the whole language, seeded: the parser, the engine and the drawing never throw. */
    @Test
    void randomScriptsRunAndDraw() {
        Random random = new Random(14);
        String[] objects = {"A", "B", "C", "D"};
        String[] locals = {"x", "y", "z"};
        for (int round = 0; round < 300; round++) {
            List<String> lines = new ArrayList<>();
            lines.add("object A B C D");
            lines.add("global r = " + pick(random, objects));
            lines.add("g1.x = " + pick(random, objects));
            lines.add(pick(random, objects) + ".f = " + pick(random, objects));
            lines.add(pick(random, objects) + ".g = " + pick(random, objects));
            for (int i = 0; i < 12; i++) {
                String g = "g" + (1 + random.nextInt(2)) + ": ";
                String a = pick(random, locals);
                String b = pick(random, locals);
                lines.add(switch (random.nextInt(9)) {
                    case 0 -> g + a + " = " + b + ".f";
                    case 1 -> g + a + ".g = " + b;
                    case 2 -> g + a + ".f = nil";
                    case 3 -> g + a + " = nil";
                    case 4 -> g + a + " = r";
                    case 5 -> g + "r = " + a;
                    case 6 -> "gc: scan " + pick(random, objects);
                    case 7 -> "gc: scan stack g" + (1 + random.nextInt(2));
                    default -> g + a + " = new N" + i;
                });
            }
            ScriptParser.Result parsed = ScriptParser.parse(String.join("\n", lines));
            assertThat(parsed.problems()).as(String.join("\n", lines)).isEmpty();
            for (Barrier barrier : Barrier.values()) {
                GcRun run = GcSimulation.run(parsed.scenario(), barrier);
                assertThat(HeapSvg.draw(run.events(), run.events().size(), LABELS)).endsWith("</svg>");
                if (barrier != Barrier.NONE) {
                    assertThat(run.lost()).as(barrier + "\n" + String.join("\n", lines)).isEmpty();
                }
            }
        }
    }

    @Test
    void theNoteThisSimulationIllustratesExists() {
        assertThat(Path.of("db/content/topics", GoGcSimulationConfiguration.TOPIC + ".md")).satisfies(p ->
                assertThat(Files.exists(p)).isTrue());
        assertThat(new GoGcSimulationConfiguration().goGcSimulationCard().topicSlugs()).containsExactly("go-garbage-collector");
    }

    private static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }
}
