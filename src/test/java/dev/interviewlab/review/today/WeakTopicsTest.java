package dev.interviewlab.review.today;

import dev.interviewlab.review.fsrs.CardSchedule;
import dev.interviewlab.review.fsrs.CardState;
import dev.interviewlab.review.fsrs.FsrsScheduler;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class WeakTopicsTest {

    private static final Instant NOW = Instant.parse("2026-12-06T12:00:00Z");
    private static final FsrsScheduler SCHEDULER = FsrsScheduler.withDefaults();

    /** A card in review, last reviewed {@code daysAgo} days ago with stability {@code stability}. */
    private static WeakTopics.CardMemory reviewed(String topic, double stability, int daysAgo) {
        Instant last = NOW.minus(Duration.ofDays(daysAgo));
        return new WeakTopics.CardMemory(topic, new CardSchedule(CardState.REVIEW, null, stability, 5.0, last.plus(Duration.ofDays(3)), last));
    }

    @Test
    void topicsBelowTheTargetAreOrderedByTheirCardsMeanRetrievabilityLowestFirst() {
        WeakTopics weak = WeakTopics.of(List.of(
                reviewed("tcp", 3, 3),      // R(S, S) = 0.9 by definition
                reviewed("tcp", 3, 0),      // 1.0
                reviewed("cache", 1, 30),   // long forgotten
                reviewed("git", 100, 1)), SCHEDULER.withRetention(0.97), NOW);
        assertThat(weak.weakest()).extracting(WeakTopics.WeakTopic::topicSlug)
                .as("git, at 0.999, is above a 0.97 target").containsExactly("cache", "tcp");
        assertThat(weak.weakest().get(1).meanRetrievability()).isCloseTo(0.95, within(1e-9));
        assertThat(weak.weakest().get(1).cards()).isEqualTo(2);
        assertThat(weak.weakest().get(0).meanRetrievability()).isLessThan(0.7);
        assertThat(weak.reviewedTopics()).isEqualTo(3);
        assertThat(weak.targetRetention()).isEqualTo(0.97);
        assertThat(weak.allAboveTarget()).isFalse();
    }

    @Test
    void aTopicAtOrAboveTheLearnersTargetIsNotWeak() {
        List<WeakTopics.CardMemory> cards = List.of(reviewed("tcp", 3, 3), reviewed("tcp", 3, 0), reviewed("cache", 1, 30));
        // the same cards: tcp (0.95) is weak against a 0.97 target, not against the default 0.90
        assertThat(WeakTopics.of(cards, SCHEDULER, NOW).weakest()).extracting(WeakTopics.WeakTopic::topicSlug)
                .containsExactly("cache");
        assertThat(WeakTopics.of(cards, SCHEDULER.withRetention(0.97), NOW).weakest())
                .extracting(WeakTopics.WeakTopic::topicSlug).containsExactly("cache", "tcp");
        // exactly at the target (R(S, S) = 0.9): the scheduler has not brought it back yet
        assertThat(WeakTopics.of(List.of(reviewed("dns", 3, 3)), SCHEDULER, NOW).weakest()).isEmpty();
    }

    @Test
    void whenEveryTopicIsAboveTheTargetNoneIsWeak() {
        WeakTopics weak = WeakTopics.of(List.of(reviewed("tcp", 30, 1), reviewed("cache", 50, 2), reviewed("git", 100, 1),
                reviewed("dns", 20, 0), reviewed("http", 40, 3), reviewed("tls", 60, 1)), SCHEDULER, NOW);
        assertThat(weak.weakest()).isEmpty();
        assertThat(weak.reviewedTopics()).isEqualTo(6);
        assertThat(weak.allAboveTarget()).isTrue();
    }

    @Test
    void cardsNeverReviewedAreLeftOut() {
        WeakTopics weak = WeakTopics.of(List.of(
                new WeakTopics.CardMemory("dns", CardSchedule.fresh(NOW)), reviewed("tcp", 3, 6)), SCHEDULER, NOW);
        assertThat(weak.weakest()).extracting(WeakTopics.WeakTopic::topicSlug).containsExactly("tcp");
        assertThat(weak.reviewedTopics()).isEqualTo(1);
    }

    @Test
    void withoutReviewedCardsNothingIsWeakNorAboveTheTarget() {
        WeakTopics weak = WeakTopics.of(List.of(new WeakTopics.CardMemory("dns", CardSchedule.fresh(NOW))), SCHEDULER, NOW);
        assertThat(weak.weakest()).isEmpty();
        assertThat(weak.allAboveTarget()).isFalse();
    }

    @Test
    void onlyTheFiveWeakestAreListedTiesBySlug() {
        List<WeakTopics.CardMemory> cards = new ArrayList<>();
        for (String topic : List.of("g", "f", "e", "d", "c", "b", "a")) {
            cards.add(reviewed(topic, 10, 20));
        }
        assertThat(WeakTopics.of(cards, SCHEDULER, NOW).weakest()).extracting(WeakTopics.WeakTopic::topicSlug)
                .containsExactly("a", "b", "c", "d", "e");
    }
}
