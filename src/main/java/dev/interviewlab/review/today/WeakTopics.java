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
 * The topics a learner is likely to have forgotten: the mean of their cards' current retrievability R(t, S),
 * the learner's scheduler's forgetting curve, against the retention that scheduler aims at. A topic is weak
 * when its mean is below that target: the scheduler would have brought its cards back for review by then. Cards
 * never reviewed have no memory to measure and are left out, so a topic counts once one of its cards was reviewed.
 *
 * @param weakest         the {@value #LIMIT} weak topics with the lowest mean, lowest first, ties by slug
 * @param reviewedTopics  topics with at least one reviewed card, weak or not
 * @param targetRetention the learner's target retention, 0 to 1
 */
public record WeakTopics(List<WeakTopic> weakest, int reviewedTopics, double targetRetention) {

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

    public WeakTopics {
        weakest = List.copyOf(weakest);
    }

    /** The topics below {@code scheduler}'s desired retention at {@code now}, at most {@value #LIMIT}. */
    public static WeakTopics of(Collection<CardMemory> cards, FsrsScheduler scheduler, Instant now) {
        Map<String, double[]> sums = new TreeMap<>();
        for (CardMemory card : cards) {
            if (card.schedule().lastReview() == null) {
                continue;
            }
            double[] sum = sums.computeIfAbsent(card.topicSlug(), slug -> new double[2]);
            sum[0] += scheduler.retrievability(card.schedule(), now);
            sum[1]++;
        }
        double target = scheduler.desiredRetention();
        List<WeakTopic> weakest = sums.entrySet().stream()
                .map(entry -> new WeakTopic(entry.getKey(), entry.getValue()[0] / entry.getValue()[1], (int) entry.getValue()[1]))
                .filter(topic -> topic.meanRetrievability() < target)
                .sorted(Comparator.comparingDouble(WeakTopic::meanRetrievability).thenComparing(WeakTopic::topicSlug))
                .limit(LIMIT)
                .toList();
        return new WeakTopics(weakest, sums.size(), target);
    }

    /** Topics were reviewed, and none is below the target. */
    public boolean allAboveTarget() {
        return weakest.isEmpty() && reviewedTopics > 0;
    }
}
