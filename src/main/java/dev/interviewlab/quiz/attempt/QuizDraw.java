package dev.interviewlab.quiz.attempt;

import dev.interviewlab.quiz.bank.QuestionBank.Candidate;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * The random part of a quiz: which items, in which order, with which order of options. Uniform
 * (Fisher–Yates), without repeats; the same seed gives the same quiz, which tests rely on.
 */
public final class QuizDraw {

    private final RandomGenerator random;

    public QuizDraw(RandomGenerator random) {
        this.random = random;
    }

    /** {@code count} distinct candidates in random order; the caller has checked there are enough. */
    public List<Candidate> pick(List<Candidate> candidates, int count) {
        if (count > candidates.size()) {
            throw new IllegalArgumentException(count + " questions asked, " + candidates.size() + " available");
        }
        List<Candidate> pool = new ArrayList<>(candidates);
        for (int i = 0; i < count; i++) {
            int j = i + random.nextInt(pool.size() - i);
            Candidate swap = pool.get(i);
            pool.set(i, pool.get(j));
            pool.set(j, swap);
        }
        return List.copyOf(pool.subList(0, count));
    }

    /**
     * The options in a random order for one attempt. An ordering item never shows its options in
     * the correct order (that would give the answer away): such a shuffle is rotated by one.
     */
    public List<String> shuffleOptions(List<String> keys, boolean orderIsTheAnswer) {
        List<String> shuffled = new ArrayList<>(keys);
        for (int i = shuffled.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            String swap = shuffled.get(i);
            shuffled.set(i, shuffled.get(j));
            shuffled.set(j, swap);
        }
        if (orderIsTheAnswer && shuffled.size() > 1 && shuffled.equals(keys)) {
            shuffled.add(shuffled.remove(0));
        }
        return List.copyOf(shuffled);
    }
}
