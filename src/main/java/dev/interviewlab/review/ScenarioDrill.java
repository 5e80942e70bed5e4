package dev.interviewlab.review;

import java.util.List;
import java.util.Locale;

/**
 * One kind of prediction a simulation asks in predict mode, as a review card can ask it again: the
 * simulation draws a fresh scenario from a seed, runs its engine, hides one step and asks what happens
 * there. The engine's own trace holds the answer. Simulations declare one bean per kind.
 */
public interface ScenarioDrill {

    /** {@code <simulation>:<question kind>}, at most 60 characters: a scenario card's {@code scenario}. */
    String scenario();

    /** The topic the drill belongs to, for /review?topic=. */
    String topicSlug();

    /** The run drawn from {@code seed}, shown up to the hidden step, and the question (no answer). */
    DrillQuestion ask(long seed, Locale locale);

    /**
     * Runs the same seed again and grades {@code answer} against the engine's trace.
     *
     * @throws dev.interviewlab.web.InvalidInputException on field {@code answer}: none, or not one of the choices
     */
    DrillReveal reveal(long seed, String answer, Locale locale);

    /**
     * A question, in the reader's language.
     *
     * @param title   what the run is (e.g. the scenario's settings in a line)
     * @param context what happened up to the hidden step, one line each, oldest first
     * @param svg     a server-rendered diagram of the state before the hidden step, or null
     * @param ask     the question
     */
    record DrillQuestion(String title, List<String> context, String svg, String ask, List<DrillChoice> choices) {

        public DrillQuestion {
            context = List.copyOf(context);
            choices = List.copyOf(choices);
        }

        public boolean offers(String value) {
            return choices.stream().anyMatch(choice -> choice.value().equals(value));
        }
    }

    /** @param svg a server-rendered picture of the choice (a commit graph), or null */
    record DrillChoice(String value, String label, String svg) {
    }

    /**
     * A graded answer and the step revealed.
     *
     * @param given       the answer given, as its choice reads
     * @param answerSvg   a server-rendered picture of the right answer (a commit graph), or null
     * @param explanation what the hidden step did and why (the rule), one line each
     */
    record DrillReveal(DrillQuestion question, String given, boolean right, String answerLabel, String answerSvg,
                       List<String> explanation) {

        public DrillReveal {
            explanation = List.copyOf(explanation);
        }
    }
}
