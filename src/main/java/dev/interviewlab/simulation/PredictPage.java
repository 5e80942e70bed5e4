package dev.interviewlab.simulation;

import dev.interviewlab.review.ScenarioDrill.DrillQuestion;
import dev.interviewlab.review.ScenarioDrill.DrillReveal;

import java.time.Instant;
import java.util.List;

/**
 * A simulation's predict-mode page ({@code simulation/predict.html}): the run up to a hidden step and the
 * question, or, once answered, the graded answer with the step revealed.
 *
 * @param simulationTitle the simulation's name, linking back to it
 * @param backLink        the replay this page predicts, at the hidden step
 * @param action          where the answer is posted
 * @param hidden          the run's settings and the step, posted with the answer so the server reruns the same run
 * @param question        null when the page only says what is wrong ({@code problem})
 * @param given           the answer chosen, shown again when it was refused
 * @param reveal          null until answered
 * @param reviewDue       when a miss filed (or reviewed) a review card: when that card is due; else null
 * @param nextLink        the next step to predict in this run, or null at the last one
 * @param problem         what is wrong with the request (settings, step), or null
 */
public record PredictPage(String simulationTitle, String backLink, String action, List<Hidden> hidden,
                          DrillQuestion question, String given, DrillReveal reveal, Instant reviewDue, String nextLink,
                          String problem) {

    public PredictPage {
        hidden = List.copyOf(hidden);
    }

    public record Hidden(String name, String value) {
    }

    public static PredictPage refused(String simulationTitle, String backLink, String problem) {
        return new PredictPage(simulationTitle, backLink, null, List.of(), null, null, null, null, null, problem);
    }
}
