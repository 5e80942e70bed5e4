package dev.interviewlab.quiz.analysis;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** Figures worked out by hand on four-attempt examples (quizzes of three questions: the rest is two). */
class ItemAnalysisTest {

    /** item scores 0/1 and rest-of-test points (of 2) for four attempts, then F, D and DE in percent. */
    @ParameterizedTest(name = "x={0} rest={1}")
    @CsvSource(delimiter = ';', value = {
            // x̄=.5, X̄=.5: C·3=.5, V(x)·3=1, V(X)·3=.5 → D=.5/√.5=70.71; sorting changes nothing → DE=100
            "1 1 0 0; 2 1 1 0; 50; 70.7107; 100",
            // the same scores paired the other way round: D=−70.71, DE=−100
            "1 0 1 0; 0 2 1 1; 50; -70.7107; -100",
            // X̄=.375: C·3=.25, V(X)·3=.6875 → D=.25/√.6875=30.15; sorted pairs give C_max·3=.75 → DE=33.33
            "1 1 0 0; 2 0 1 0; 50; 30.1511; 33.3333",
            // x̄=.25: Σ(x−x̄)(X−X̄)=0 → D=0, DE=0 (C_max·3=.5)
            "1 0 0 0; 1 2 0 1; 25; 0; 0",
    })
    void matchesHandComputedFigures(String items, String rests, double facility, double discrimination, double efficiency) {
        ItemStatistics statistics = ItemAnalysis.of(observations(items, rests, 2));
        assertThat(statistics.attempts()).isEqualTo(4);
        assertThat(statistics.facility().getAsDouble()).isCloseTo(facility, within(1e-3));
        assertThat(statistics.discrimination().getAsDouble()).isCloseTo(discrimination, within(1e-3));
        assertThat(statistics.efficiency().getAsDouble()).isCloseTo(efficiency, within(1e-3));
    }

    @Test
    void partialCreditCountsAsAFractionOfTheItem() {
        // x = .5, .25, 1, 0 → F = 43.75
        ItemStatistics statistics = ItemAnalysis.of(List.of(new ItemObservation(500, 1000, 1),
                new ItemObservation(250, 0, 1), new ItemObservation(1000, 1000, 1), new ItemObservation(0, 0, 1)));
        assertThat(statistics.facility().getAsDouble()).isCloseTo(43.75, within(1e-9));
        // x and X rank the attempts alike but not perfectly linearly: D below 100, DE exactly 100
        assertThat(statistics.discrimination().getAsDouble()).isBetween(80.0, 99.9);
        assertThat(statistics.efficiency().getAsDouble()).isCloseTo(100, within(1e-9));
    }

    @Test
    void restOfTestIsScaledByItsLengthSoQuizzesOfDifferentLengthsCompare() {
        // rest 2 of 2 and 5 of 5 are both a full rest; 0 of 4 and 0 of 1 both nothing
        ItemStatistics mixed = ItemAnalysis.of(List.of(new ItemObservation(1000, 2000, 2),
                new ItemObservation(1000, 5000, 5), new ItemObservation(0, 0, 4), new ItemObservation(0, 0, 1)));
        assertThat(mixed.discrimination().getAsDouble()).isCloseTo(100, within(1e-9));
        assertThat(mixed.efficiency().getAsDouble()).isCloseTo(100, within(1e-9));
    }

    @Test
    void anItemEveryoneGetsRightHasNoDiscriminationAndIsNotFlagged() {
        List<ItemObservation> all = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            all.add(new ItemObservation(1000, i % 3 * 1000, 2));
        }
        ItemStatistics statistics = ItemAnalysis.of(all);
        assertThat(statistics.facility().getAsDouble()).isEqualTo(100);
        assertThat(statistics.discrimination()).isEmpty();
        assertThat(statistics.efficiency()).isEmpty();
        assertThat(statistics.dubious()).isFalse();
    }

    @Test
    void lowEfficiencyIsDubiousOnlyWithEnoughAttempts() {
        // the reversed pairing repeated: DE = −100
        List<ItemObservation> reversed = new ArrayList<>();
        for (int i = 0; i < ItemStatistics.MIN_ATTEMPTS; i++) {
            reversed.add(i % 2 == 0 ? new ItemObservation(1000, 0, 2) : new ItemObservation(0, 2000, 2));
        }
        ItemStatistics enough = ItemAnalysis.of(reversed);
        assertThat(enough.tooFewAttempts()).isFalse();
        assertThat(enough.dubious()).isTrue();

        ItemStatistics few = ItemAnalysis.of(reversed.subList(0, ItemStatistics.MIN_ATTEMPTS - 1));
        assertThat(few.tooFewAttempts()).isTrue();
        assertThat(few.dubious()).isFalse();
        assertThat(few.efficiencyOrLowest()).isEqualTo(Double.NEGATIVE_INFINITY);
    }

    @Test
    void aGoodItemWithEnoughAttemptsIsNotDubious() {
        List<ItemObservation> good = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            good.add(i % 2 == 0 ? new ItemObservation(1000, 2000, 2) : new ItemObservation(0, 1000 * (i % 4 == 1 ? 0 : 1), 2));
        }
        ItemStatistics statistics = ItemAnalysis.of(good);
        assertThat(statistics.efficiency().getAsDouble()).isGreaterThan(ItemStatistics.DUBIOUS_EFFICIENCY);
        assertThat(statistics.dubious()).isFalse();
    }

    @Test
    void noAttemptsAndOneAttempt() {
        assertThat(ItemAnalysis.of(List.of())).isEqualTo(ItemStatistics.none());
        ItemStatistics one = ItemAnalysis.of(List.of(new ItemObservation(1000, 0, 1)));
        assertThat(one.attempts()).isEqualTo(1);
        assertThat(one.facility().getAsDouble()).isEqualTo(100);
        assertThat(one.discrimination()).isEmpty();
    }

    @Test
    void observationsOutsideTheScoreRangeAreRefused() {
        assertThatThrownBy(() -> new ItemObservation(1001, 0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ItemObservation(0, 2001, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ItemObservation(0, 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ItemObservation(-1, 0, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void eachOwnerCountsOnceWithTheFirstAttemptThatDrewTheItem() {
        // rows: key, item points, attempt score, question count, owner type, owner key — oldest first
        List<Object[]> rows = List.of(
                new Object[]{"a", 1000, 3000, 3, "BROWSER", "l1"},
                new Object[]{"a", 0, 0, 3, "BROWSER", "l1"}, // l1 again: left out
                new Object[]{"a", 0, 1000, 3, "ACCOUNT", "l1"}, // another owner with the same key text
                new Object[]{"b", 500, 500, 2, "BROWSER", "l1"});
        var statistics = ItemAnalysisService.analyse(rows);
        assertThat(statistics.get("a").attempts()).isEqualTo(2);
        assertThat(statistics.get("a").facility().getAsDouble()).isEqualTo(50);
        assertThat(statistics.get("b").attempts()).isEqualTo(1);
        assertThat(statistics).doesNotContainKey("c");
    }

    private static List<ItemObservation> observations(String items, String rests, int restQuestions) {
        String[] x = items.split(" ");
        String[] rest = rests.split(" ");
        List<ItemObservation> observations = new ArrayList<>();
        for (int i = 0; i < x.length; i++) {
            observations.add(new ItemObservation(Integer.parseInt(x[i]) * 1000, Integer.parseInt(rest[i]) * 1000, restQuestions));
        }
        return observations;
    }
}
