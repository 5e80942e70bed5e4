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
    void topicsAreOrderedByTheirCardsMeanRetrievabilityLowestFirst() {
        List<WeakTopics.WeakTopic> weak = WeakTopics.of(List.of(
                reviewed("tcp", 3, 3),      // R(S, S) = 0.9 by definition
                reviewed("tcp", 3, 0),      // 1.0
                reviewed("cache", 1, 30),   // long forgotten
                reviewed("git", 100, 1)), SCHEDULER, NOW);
        assertThat(weak).extracting(WeakTopics.WeakTopic::topicSlug).containsExactly("cache", "tcp", "git");
        assertThat(weak.get(1).meanRetrievability()).isCloseTo(0.95, within(1e-9));
        assertThat(weak.get(1).cards()).isEqualTo(2);
        assertThat(weak.get(0).meanRetrievability()).isLessThan(0.7);
    }

    @Test
    void cardsNeverReviewedAreLeftOut() {
        List<WeakTopics.WeakTopic> weak = WeakTopics.of(List.of(
                new WeakTopics.CardMemory("dns", CardSchedule.fresh(NOW)), reviewed("tcp", 3, 3)), SCHEDULER, NOW);
        assertThat(weak).extracting(WeakTopics.WeakTopic::topicSlug).containsExactly("tcp");
    }

    @Test
    void onlyTheFiveWeakestAreListedTiesBySlug() {
        List<WeakTopics.CardMemory> cards = new ArrayList<>();
        for (String topic : List.of("g", "f", "e", "d", "c", "b", "a")) {
            cards.add(reviewed(topic, 10, 10));
        }
        assertThat(WeakTopics.of(cards, SCHEDULER, NOW)).extracting(WeakTopics.WeakTopic::topicSlug)
                .containsExactly("a", "b", "c", "d", "e");
    }
}
