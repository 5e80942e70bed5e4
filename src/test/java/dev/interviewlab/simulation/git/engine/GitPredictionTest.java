package dev.interviewlab.simulation.git.engine;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Predict mode's git question: at each integration, which files conflict, read off the engine's result. */
class GitPredictionTest {

    private static SimulationResult run(String script) {
        return GitEngine.run(new Scenario(ScriptParser.parse(script).commands()));
    }

    @Test
    void theConflictPresetsMergeConflictsOnDbConfOnly() {
        SimulationResult result = run(Preset.CONFLICT.script());
        int merge = GitPrediction.steps(result).get(0);
        GitPrediction asked = GitPrediction.at(result, merge).orElseThrow();
        assertThat(asked.isAnsweredBy("db.conf")).isTrue();
        assertThat(asked.isAnsweredBy(GitPrediction.NONE)).isFalse();
        assertThat(asked.choices()).contains(GitPrediction.NONE, "db.conf");
        assertThat(asked.offers("app.txt")).as("no such file in this repository").isFalse();
    }

    @Test
    void aCleanMergeConflictsNowhere() {
        SimulationResult result = run(Preset.CLEAN_MERGE.script());
        GitPrediction asked = GitPrediction.at(result, GitPrediction.steps(result).get(0)).orElseThrow();
        assertThat(asked.isAnsweredBy(GitPrediction.NONE)).isTrue();
        assertThat(asked.isAnsweredBy("db.conf")).isFalse();
    }

    @Test
    void onlyIntegrationsAreAsked() {
        SimulationResult result = run(Preset.CONFLICT.script());
        assertThat(GitPrediction.at(result, 1)).as("a commit").isEmpty();
        assertThat(GitPrediction.at(result, 0)).isEmpty();
        assertThat(GitPrediction.at(result, 99)).isEmpty();
        assertThat(GitPrediction.nextAtOrAfter(result, 1)).contains(result.steps().size());
    }

    @Test
    void seedsWriteValidStoriesWithAnIntegrationToAskBothWays() {
        Set<String> scripts = new HashSet<>();
        Set<Boolean> conflicted = new HashSet<>();
        for (long seed = 0; seed < 200; seed++) {
            String script = GitRandomScenario.script(seed);
            assertThat(GitRandomScenario.script(seed)).isEqualTo(script);
            SimulationResult result = run(script);
            GitPrediction asked = GitPrediction.drawn(result, seed).orElseThrow();
            StepResult step = result.steps().get(asked.step() - 1);
            assertThat(asked.isAnsweredBy(GitPrediction.NONE)).isEqualTo(!step.stopped());
            conflicted.add(step.stopped());
            scripts.add(script);
        }
        assertThat(scripts).hasSizeGreaterThan(150);
        assertThat(conflicted).as("some stories conflict, some do not").containsExactlyInAnyOrder(true, false);
    }
}
