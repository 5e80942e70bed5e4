package dev.interviewlab.review.plan;

import dev.interviewlab.review.fsrs.CardSchedule;
import dev.interviewlab.review.fsrs.FsrsScheduler;
import dev.interviewlab.review.fsrs.Grade;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The days between the exposures of a new item answered Good every time, as the scheduler would space them:
 * the planner's model of when an item introduced today is seen again. The learning steps of one day are one
 * exposure (the planner counts days an item is seen, not answers).
 */
public final class FollowUpGaps {

    private static final Instant START = Instant.parse("2026-01-05T08:00:00Z");

    private FollowUpGaps() {
    }

    /** The first {@code count} gaps, in days, each at least 1. */
    public static List<Integer> of(FsrsScheduler scheduler, int count) {
        List<Integer> gaps = new ArrayList<>(count);
        CardSchedule card = CardSchedule.fresh(START);
        Instant lastExposure = START;
        // each pass answers Good until the card leaves the same day; bounded: a learning step is minutes long
        for (int answers = 0; gaps.size() < count && answers < 10 * count + 10; answers++) {
            Instant at = card.due().isBefore(lastExposure) ? lastExposure : card.due();
            long days = ChronoUnit.DAYS.between(lastExposure.atZone(ZoneOffset.UTC).toLocalDate(), at.atZone(ZoneOffset.UTC).toLocalDate());
            if (days > 0) {
                gaps.add((int) days);
                lastExposure = at;
            }
            card = scheduler.review(card, Grade.GOOD, at).after();
        }
        return List.copyOf(gaps);
    }
}
