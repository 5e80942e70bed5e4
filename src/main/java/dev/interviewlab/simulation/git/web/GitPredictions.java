package dev.interviewlab.simulation.git.web;

import dev.interviewlab.review.ScenarioDrill.DrillChoice;
import dev.interviewlab.review.ScenarioDrill.DrillQuestion;
import dev.interviewlab.review.ScenarioDrill.DrillReveal;
import dev.interviewlab.simulation.git.engine.GitPrediction;
import dev.interviewlab.simulation.git.engine.SimulationResult;
import dev.interviewlab.simulation.git.engine.StepResult;
import dev.interviewlab.web.InvalidInputException;
import dev.interviewlab.web.InvalidInputException.FieldProblem;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Predict mode's question and reveal at a git integration, in the reader's language: the commands before
 * it and the commit graph they made, then "which files conflict?"; the reveal shows what the engine did
 * (its events) and the graph after the step. Grading asks the engine's {@link GitPrediction}.
 */
@Component
class GitPredictions {

    private final GitRunViews views;
    private final MessageSource messages;

    GitPredictions(GitRunViews views, MessageSource messages) {
        this.views = views;
        this.messages = messages;
    }

    /** @param commandLines the script line of every step */
    DrillQuestion question(String title, SimulationResult result, List<String> commandLines, GitPrediction prediction,
                           Locale locale) {
        List<String> context = new ArrayList<>();
        for (int step = 1; step < prediction.step(); step++) {
            context.add(msg("predict.git.context", locale, step, commandLines.get(step - 1)));
        }
        StepResult asked = result.steps().get(prediction.step() - 1);
        String graph = new CommitGraphSvg(result).still("predict-git-before",
                views.graphLabels("predict.git.graph.before", prediction.step(), locale), asked.before(), prediction.step() - 1);
        String ask = msg("predict.git.ask", locale, prediction.step(), commandLines.get(prediction.step() - 1),
                asked.before().head());
        List<DrillChoice> choices = prediction.choices().stream().map(choice -> new DrillChoice(choice, label(choice, locale), null))
                .toList();
        return new DrillQuestion(title, context, graph, ask, choices);
    }

    /**
     * @throws InvalidInputException on field {@code answer}: none, or not one of the choices
     */
    DrillReveal reveal(String title, SimulationResult result, List<String> commandLines, GitPrediction prediction, String answer,
                       Locale locale) {
        DrillQuestion question = question(title, result, commandLines, prediction, locale);
        String given = answer == null ? "" : answer.strip();
        if (given.isEmpty()) {
            throw new InvalidInputException(List.of(FieldProblem.of("answer", "predict.error.answerMissing")));
        }
        if (!prediction.offers(given)) {
            throw new InvalidInputException(List.of(FieldProblem.of("answer", "predict.error.answerUnknown")));
        }
        StepResult asked = result.steps().get(prediction.step() - 1);
        String after = new CommitGraphSvg(result).still("predict-git-after",
                views.graphLabels("predict.git.graph.after", prediction.step(), locale), asked.after(), prediction.step());
        return new DrillReveal(question, label(given, locale), prediction.isAnsweredBy(given), label(prediction.answer(), locale),
                after, views.explanations(asked, locale));
    }

    private String label(String choice, Locale locale) {
        return choice.equals(GitPrediction.NONE) ? msg("predict.git.none", locale) : choice.replace(",", ", ");
    }

    private String msg(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}
