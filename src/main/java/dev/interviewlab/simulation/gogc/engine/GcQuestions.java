package dev.interviewlab.simulation.gogc.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Questions whose answers come from the run the learner just watched. */
public final class GcQuestions {

    public static final String NONE = "none";
    public static final String YES = "yes";
    public static final String NO = "no";

    private GcQuestions() {
    }

    public static List<Question> of(GcRun run) {
        List<Question> questions = new ArrayList<>();
        List<String> objects = new ArrayList<>(run.scenario().layout().objects());
        objects.add(NONE);
        questions.add(new Question("q1", "gogc.quiz.freed", List.of(run.barrier().key()), objects,
                run.freed().isEmpty() ? Set.of(NONE) : Set.copyOf(run.freed()), true, "gogc.quiz.freed.explain"));
        questions.add(new Question("q2", "gogc.quiz.bug", List.of(), List.of(YES, NO),
                Set.of(run.freedLiveObject() ? YES : NO), false, "gogc.quiz.bug.explain"));
        List<String> counts = List.of("0", "1", "2", "3+");
        String shaded = run.barrierShades() >= 3 ? "3+" : Integer.toString(run.barrierShades());
        questions.add(new Question("q3", "gogc.quiz.shades", List.of(), counts, Set.of(shaded), false,
                "gogc.quiz.shades.explain"));
        return questions;
    }
}
