package dev.interviewlab.simulation.cache.web;

import dev.interviewlab.simulation.cache.engine.Question;
import dev.interviewlab.simulation.cache.engine.SelfTest;

import java.util.ArrayList;
import java.util.List;

/** The "test yourself" questions (and, once answered, the server's verdicts) in the learner's language. */
final class QuizViews {

    private final CacheResultViews views;

    QuizViews(CacheResultViews views) {
        this.views = views;
    }

    /** @param verdicts null until the learner asks for a check */
    QuizView build(List<Question> questions, List<SelfTest.Verdict> verdicts, List<QuizView.Param> hidden) {
        List<QuizView.Item> items = new ArrayList<>();
        int correct = 0;
        for (int i = 0; i < questions.size(); i++) {
            Question q = questions.get(i);
            SelfTest.Verdict verdict = verdicts == null ? null : verdicts.get(i);
            String given = verdict == null ? null : verdict.given();
            List<QuizView.Option> options = q.choices().stream().map(c -> new QuizView.Option(c.value(),
                    views.msg(c.labelKey(), c.labelArgs().toArray()), c.value().equals(given))).toList();
            Boolean right = verdict == null || !verdict.answered() ? null : verdict.correct();
            if (Boolean.TRUE.equals(right)) {
                correct++;
            }
            String explanation = verdict == null ? null : views.msg(q.explanationKey(), q.explanationArgs().toArray());
            items.add(new QuizView.Item(q.id(), CacheSimulationController.ANSWER_PREFIX + q.id(),
                    views.msg(q.promptKey(), q.promptArgs().toArray()), q.isNumber(), options, given, right, explanation));
        }
        return new QuizView(items, hidden, verdicts != null, correct);
    }
}
