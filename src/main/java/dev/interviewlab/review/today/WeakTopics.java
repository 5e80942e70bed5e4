package dev.interviewlab.review.today;

import dev.interviewlab.review.fsrs.CardSchedule;
import dev.interviewlab.review.fsrs.FsrsScheduler;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The topics a learner is most likely to have forgotten: the mean of their cards' current retrievability
 * R(t, S), the scheduler's forgetting curve, lowest first. Cards never reviewed have no memory to measure and
 * are left out, so a topic appears once one of its cards has been reviewed.
 */
public final class WeakTopics {

    public static final int LIMIT = 5;

    /** One reviewed card's topic and memory state. */
    public record CardMemory(String topicSlug, CardSchedule schedule) {
    }

    /**
     * @param meanRetrievability 0 to 1
     * @param cards              reviewed cards of the topic
     */
    public record WeakTopic(String topicSlug, double meanRetrievability, int cards) {
    }

    private WeakTopics() {
    }

    /** The {@value #LIMIT} topics with the lowest mean retrievability at {@code now}; ties by slug. */
    public static List<WeakTopic> of(Collection<CardMemory> cards, FsrsScheduler scheduler, Instant now) {
        Map<String, double[]> sums = new TreeMap<>();
        for (CardMemory card : cards) {
            if (card.schedule().lastReview() == null) {
                continue;
            }
            double[] sum = sums.computeIfAbsent(card.topicSlug(), slug -> new double[2]);
            sum[0] += scheduler.retrievability(card.schedule(), now);
            sum[1]++;
        }
        return sums.entrySet().stream()
                .map(entry -> new WeakTopic(entry.getKey(), entry.getValue()[0] / entry.getValue()[1], (int) entry.getValue()[1]))
                .sorted(Comparator.comparingDouble(WeakTopic::meanRetrievability).thenComparing(WeakTopic::topicSlug))
                .limit(LIMIT)
                .toList();
    }
}
