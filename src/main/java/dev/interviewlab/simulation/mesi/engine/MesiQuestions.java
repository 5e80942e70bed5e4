package dev.interviewlab.simulation.mesi.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Picks up to three questions from a run, each about the most telling step of its kind: a snooping
 * cache's state after a bus message, a write's bus message, and the source of a miss's data (a
 * Flush if there was one). The same run always gets the same questions.
 */
public final class MesiQuestions {

    public static final String NONE = "none";
    public static final String MEMORY = "memory";

    private MesiQuestions() {
    }

    public static List<MesiQuestion> of(MesiRun run) {
        List<MesiQuestion> questions = new ArrayList<>();
        List<MesiStep> steps = run.steps();
        List<String> states = Arrays.stream(MesiState.values()).map(s -> String.valueOf(s.letter())).toList();
        lastMatching(steps, step -> !step.snoops().isEmpty()).ifPresent(step -> {
            MesiStep.Snoop snoop = step.snoops().get(0);
            int line = run.program().layout().line(step.operation().variable());
            questions.add(new MesiQuestion(MesiQuestion.Kind.STATE_AFTER, step.number(), snoop.core(), line, states,
                    String.valueOf(step.after().state(snoop.core(), line).letter())));
        });
        lastMatching(steps, step -> step.operation().kind() == Operation.Kind.WRITE).ifPresent(step -> {
            List<String> messages = List.of(BusMessage.BUS_RD.label(), BusMessage.BUS_RDX.label(), BusMessage.BUS_UPGR.label(), NONE);
            questions.add(new MesiQuestion(MesiQuestion.Kind.BUS_MESSAGE, step.number(), step.operation().core(),
                    run.program().layout().line(step.operation().variable()), messages,
                    step.bus() == null ? NONE : step.bus().label()));
        });
        Optional<MesiStep> supplied = lastMatching(steps, step -> step.suppliedBy() >= 0)
                .or(() -> lastMatching(steps, step -> step.suppliedBy() == MesiStep.MEMORY && step.operation().kind() == Operation.Kind.READ));
        supplied.ifPresent(step -> {
            List<String> sources = new ArrayList<>();
            sources.add(MEMORY);
            for (int c = 0; c < run.program().cores(); c++) {
                sources.add("c" + c);
            }
            sources.add(NONE);
            questions.add(new MesiQuestion(MesiQuestion.Kind.SUPPLIER, step.number(), step.operation().core(),
                    run.program().layout().line(step.operation().variable()), sources,
                    step.suppliedBy() == MesiStep.MEMORY ? MEMORY : "c" + step.suppliedBy()));
        });
        return questions;
    }

    private static Optional<MesiStep> lastMatching(List<MesiStep> steps, java.util.function.Predicate<MesiStep> test) {
        for (int i = steps.size() - 1; i >= 0; i--) {
            if (test.test(steps.get(i))) {
                return Optional.of(steps.get(i));
            }
        }
        return Optional.empty();
    }
}
