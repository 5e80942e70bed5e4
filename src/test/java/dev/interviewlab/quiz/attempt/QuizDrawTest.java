package dev.interviewlab.quiz.attempt;

import dev.interviewlab.quiz.bank.QuestionBank.Candidate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QuizDrawTest {

    private static final List<Candidate> BANK = IntStream.rangeClosed(1, 30)
            .mapToObj(id -> new Candidate(id, "topic-" + id % 3, "category")).toList();

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 42, 2030})
    void drawsWithoutRepeats(long seed) {
        List<Candidate> picked = new QuizDraw(new SplittableRandom(seed)).pick(BANK, 20);
        assertThat(picked).hasSize(20).doesNotHaveDuplicates();
        assertThat(BANK).containsAll(picked);
    }

    @Test
    void theSameSeedDrawsTheSameQuiz() {
        assertThat(new QuizDraw(new SplittableRandom(7)).pick(BANK, 10))
                .isEqualTo(new QuizDraw(new SplittableRandom(7)).pick(BANK, 10));
        assertThat(new QuizDraw(new SplittableRandom(7)).pick(BANK, 10))
                .isNotEqualTo(new QuizDraw(new SplittableRandom(8)).pick(BANK, 10));
    }

    @Test
    void everyItemCanBeDrawnWhenAllAreAsked() {
        assertThat(new QuizDraw(new SplittableRandom(1)).pick(BANK, BANK.size())).containsExactlyInAnyOrderElementsOf(BANK);
        assertThatThrownBy(() -> new QuizDraw(new SplittableRandom(1)).pick(BANK, 31)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12})
    void anOrderingItemIsNeverShownInItsCorrectOrder(long seed) {
        List<String> correct = List.of("a", "b");
        assertThat(new QuizDraw(new SplittableRandom(seed)).shuffleOptions(correct, true)).containsExactly("b", "a");
        List<String> three = List.of("a", "b", "c");
        assertThat(new QuizDraw(new SplittableRandom(seed)).shuffleOptions(three, true))
                .containsExactlyInAnyOrderElementsOf(three).isNotEqualTo(three);
    }

    @Test
    void optionsOfChoiceItemsAreShuffledPerAttempt() {
        List<String> keys = List.of("a", "b", "c", "d", "e");
        long distinctOrders = IntStream.range(0, 20)
                .mapToObj(seed -> new QuizDraw(new SplittableRandom(seed)).shuffleOptions(keys, false))
                .distinct().count();
        assertThat(distinctOrders).isGreaterThan(5);
    }
}
