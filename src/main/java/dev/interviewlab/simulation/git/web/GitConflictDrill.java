package dev.interviewlab.simulation.git.web;

import dev.interviewlab.review.ScenarioDrill;
import dev.interviewlab.simulation.git.engine.GitPrediction;
import dev.interviewlab.simulation.git.engine.GitRandomScenario;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.util.Locale;

/** The git review card: a fresh random branch story, its merge or rebase hidden, "which files conflict?". */
@Component
class GitConflictDrill implements ScenarioDrill {

    static final String SCENARIO = "git:" + GitPrediction.KIND;

    private final GitPredictions predictions;
    private final MessageSource messages;

    GitConflictDrill(GitPredictions predictions, MessageSource messages) {
        this.predictions = predictions;
        this.messages = messages;
    }

    @Override
    public String scenario() {
        return SCENARIO;
    }

    @Override
    public String topicSlug() {
        return GitSimulationConfiguration.TOPIC;
    }

    @Override
    public DrillQuestion ask(long seed, Locale locale) {
        GitPredictController.Run run = run(seed);
        return predictions.question(title(locale), run.result(), run.commandLines(), prediction(run, seed), locale);
    }

    @Override
    public DrillReveal reveal(long seed, String answer, Locale locale) {
        GitPredictController.Run run = run(seed);
        return predictions.reveal(title(locale), run.result(), run.commandLines(), prediction(run, seed), answer, locale);
    }

    static GitPredictController.Run run(long seed) {
        // the generated script is always valid: GitPredictionTest runs hundreds of seeds
        return GitPredictController.run(GitRandomScenario.script(seed)).orElseThrow();
    }

    static GitPrediction prediction(GitPredictController.Run run, long seed) {
        // the script ends with a merge or a rebase: there is always a step to ask
        return GitPrediction.drawn(run.result(), seed).orElseThrow();
    }

    private String title(Locale locale) {
        return messages.getMessage("predict.git.title", null, locale);
    }
}
