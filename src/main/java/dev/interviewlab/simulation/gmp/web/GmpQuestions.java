package dev.interviewlab.simulation.gmp.web;

import dev.interviewlab.simulation.gmp.engine.GmpRun;
import dev.interviewlab.simulation.gmp.engine.Summary;

import java.util.List;

/** "Test yourself" questions whose answers come from the run the learner just watched. */
final class GmpQuestions {

    static final String YES = "yes";
    static final String NO = "no";
    static final List<String> THREAD_BANDS = List.of("1", "2", "3-4", "5-8", "9+");

    /** A question: a message key, the options (yes/no or a thread band) and the one the run gives. */
    record Question(String id, String key, List<String> options, String correct) {
        boolean isCorrect(String chosen) {
            return correct.equals(chosen);
        }
    }

    private GmpQuestions() {
    }

    static List<Question> of(GmpRun run) {
        Summary summary = run.summary();
        return List.of(
                new Question("q1", "gmp.quiz.threads", THREAD_BANDS, band(summary.threads())),
                new Question("q2", "gmp.quiz.steal", List.of(YES, NO), summary.steals() > 0 ? YES : NO),
                new Question("q3", "gmp.quiz.preempt", List.of(YES, NO), summary.preemptions() > 0 ? YES : NO));
    }

    static String band(int threads) {
        if (threads <= 2) {
            return Integer.toString(Math.max(1, threads));
        }
        return threads <= 4 ? "3-4" : threads <= 8 ? "5-8" : "9+";
    }
}
