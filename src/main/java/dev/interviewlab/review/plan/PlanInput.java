package dev.interviewlab.review.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

/**
 * What a plan is made from.
 *
 * @param now           the moment the plan is made; its date in {@code zone} is the plan's first day
 * @param zone          the learner's time zone: days start at midnight there
 * @param interview     the interview date, 1 to {@value #MAX_DAYS} days after today
 * @param dueDates      when each of the learner's cards is next due (a card due before now counts today)
 * @param newItems      items of the chosen categories the learner has never seen (no card yet)
 * @param exposures     N: on how many days every item of the chosen categories should be seen, 1 to {@value #MAX_EXPOSURES}
 * @param followUpGaps  days between the exposures of a new item ({@link FollowUpGaps}), at least N − 1 of them
 * @param retention     the learner's chosen retention, shown per day with the final days' raise
 */
public record PlanInput(Instant now, ZoneId zone, LocalDate interview, List<Instant> dueDates, int newItems, int exposures,
                        List<Integer> followUpGaps, double retention) {

    public static final int MAX_DAYS = 365;
    public static final int MAX_EXPOSURES = 5;
    public static final int MAX_CARDS = 1_000_000;

    public PlanInput {
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(interview, "interview");
        dueDates = List.copyOf(dueDates);
        followUpGaps = List.copyOf(followUpGaps);
        long days = ChronoUnit.DAYS.between(now.atZone(zone).toLocalDate(), interview);
        if (days < 1 || days > MAX_DAYS) {
            throw new IllegalArgumentException("the interview is 1 to " + MAX_DAYS + " days after today, was " + days);
        }
        if (exposures < 1 || exposures > MAX_EXPOSURES) {
            throw new IllegalArgumentException("exposures are 1 to " + MAX_EXPOSURES + ", was " + exposures);
        }
        if (newItems < 0 || newItems > MAX_CARDS || dueDates.size() > MAX_CARDS) {
            throw new IllegalArgumentException("0 to " + MAX_CARDS + " items and cards");
        }
        if (followUpGaps.size() < exposures - 1 || followUpGaps.stream().anyMatch(gap -> gap == null || gap < 1)) {
            throw new IllegalArgumentException("N − 1 gaps of at least one day are needed");
        }
    }

    public LocalDate today() {
        return now.atZone(zone).toLocalDate();
    }
}
