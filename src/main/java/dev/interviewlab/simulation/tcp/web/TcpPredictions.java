package dev.interviewlab.simulation.tcp.web;

import dev.interviewlab.review.ScenarioDrill.DrillChoice;
import dev.interviewlab.review.ScenarioDrill.DrillQuestion;
import dev.interviewlab.review.ScenarioDrill.DrillReveal;
import dev.interviewlab.simulation.Replay;
import dev.interviewlab.simulation.tcp.engine.TcpEvent;
import dev.interviewlab.simulation.tcp.engine.TcpPrediction;
import dev.interviewlab.simulation.tcp.engine.TcpRun;
import dev.interviewlab.simulation.tcp.engine.TcpScenario;
import dev.interviewlab.web.InvalidInputException;
import dev.interviewlab.web.InvalidInputException.FieldProblem;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Predict mode's question and reveal for a TCP run, in the reader's language: the steps before the hidden
 * one, the hidden step's trigger (what happens to which endpoint, not what it does), and after the answer
 * the step as the replay shows it. Grading asks the engine's {@link TcpPrediction}.
 */
@Component
class TcpPredictions {

    /** Steps of context shown above the question: the recent past, not the whole run. */
    static final int CONTEXT_STEPS = 8;

    private final TcpPageAssembler assembler;
    private final MessageSource messages;

    TcpPredictions(TcpPageAssembler assembler, MessageSource messages) {
        this.assembler = assembler;
        this.messages = messages;
    }

    DrillQuestion question(String title, TcpRun run, TcpPrediction prediction, Locale locale) {
        List<TcpPage.Step> steps = steps(run, prediction, locale);
        List<String> context = new ArrayList<>();
        context.add(setup(run.scenario(), locale));
        for (int step = Math.max(1, prediction.step() - CONTEXT_STEPS); step < prediction.step(); step++) {
            TcpPage.Step shown = steps.get(step - 1);
            context.add(msg("predict.tcp.context", locale, shown.number(), shown.time(), shown.side(), shown.what(),
                    shown.change()));
        }
        TcpEvent hidden = run.events().get(prediction.step() - 1);
        context.add(msg("predict.tcp.before", locale, prediction.step(), hidden.before().name(),
                msg("tcp.side." + hidden.side().key(), locale)));
        TcpPage.Step asked = steps.get(prediction.step() - 1);
        String ask = msg("predict.tcp.ask", locale, asked.number(), asked.time(), asked.side(), asked.what());
        List<DrillChoice> choices = prediction.choices().stream().map(state -> new DrillChoice(state, state, null)).toList();
        return new DrillQuestion(title, context, null, ask, choices);
    }

    /**
     * @throws InvalidInputException on field {@code answer}: none, or not one of the choices
     */
    DrillReveal reveal(String title, TcpRun run, TcpPrediction prediction, String answer, Locale locale) {
        DrillQuestion question = question(title, run, prediction, locale);
        String given = answer == null ? "" : answer.strip();
        if (given.isEmpty()) {
            throw new InvalidInputException(List.of(FieldProblem.of("answer", "predict.error.answerMissing")));
        }
        if (!prediction.offers(given)) {
            throw new InvalidInputException(List.of(FieldProblem.of("answer", "predict.error.answerUnknown")));
        }
        TcpPage.Step step = steps(run, prediction, locale).get(prediction.step() - 1);
        List<String> explanation = new ArrayList<>();
        explanation.add(msg("predict.tcp.revealed", locale, step.side(), step.change()));
        if (step.sent() != null) {
            explanation.add(step.loss() == null ? step.sent() : step.sent() + " — " + step.loss());
        }
        if (step.notice() != null) {
            explanation.add(step.notice());
        }
        explanation.add(step.explanation());
        if (step.rule() != null) {
            explanation.add(msg("tcp.step.rule", locale, step.rule(), step.citation()));
        }
        return new DrillReveal(question, given, prediction.isAnsweredBy(given), prediction.answer(), null, explanation);
    }

    /** The scenario in one line, for a run that is not a preset (a review card's fresh run). */
    String setup(TcpScenario s, Locale locale) {
        String lost = s.lostSegments().isEmpty() ? msg("predict.tcp.noLoss", locale)
                : s.lostSegments().stream().map(number -> "#" + number).reduce((a, b) -> a + ", " + b).orElseThrow();
        return msg("predict.tcp.setup", locale, msg("tcp.choice.opening." + s.opening().key(), locale),
                msg("tcp.choice.firstCloser." + s.firstCloser().key(), locale),
                msg("tcp.choice.closeMode." + s.closeMode().key(), locale), s.requestBytes(), s.responseBytes(),
                SimulationTime.format(s.delayMs()), lost, msg("tcp.choice.profile." + s.profile().key(), locale),
                msg(s.peerCloses() ? "predict.tcp.peerCloses" : "predict.tcp.peerStays", locale));
    }

    private List<TcpPage.Step> steps(TcpRun run, TcpPrediction prediction, Locale locale) {
        return assembler.steps(run, Replay.of(TcpSimulationController.PATH, null, run.events().size(), prediction.step()),
                locale);
    }

    private String msg(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}
