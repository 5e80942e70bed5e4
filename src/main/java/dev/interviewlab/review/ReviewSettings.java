package dev.interviewlab.review;

import dev.interviewlab.review.fsrs.FsrsScheduler;
import dev.interviewlab.review.plan.PlanInput;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;

/**
 * A learner's review settings, checked ({@link ReviewPreferencesService#save} reports field errors first).
 *
 * @param desiredRetention 0.70 to 0.97
 * @param interviewDate    null without a plan
 * @param categories       the quiz categories the plan covers (may be empty)
 * @param exposures        N, 1 to 5
 * @param zone             the zone the plan's days are counted in
 */
public record ReviewSettings(double desiredRetention, LocalDate interviewDate, List<String> categories, int exposures,
                             ZoneId zone) {

    public static final int MAX_CATEGORIES = 50;

    public ReviewSettings {
        categories = List.copyOf(categories);
        Objects.requireNonNull(zone, "zone");
        if (!(desiredRetention >= FsrsScheduler.MIN_RETENTION && desiredRetention <= FsrsScheduler.MAX_RETENTION)) {
            throw new IllegalArgumentException("desired retention out of range: " + desiredRetention);
        }
        if (exposures < 1 || exposures > PlanInput.MAX_EXPOSURES || categories.size() > MAX_CATEGORIES) {
            throw new IllegalArgumentException("exposures 1 to 5 and at most 50 categories");
        }
    }

    /** A learner who never saved any: the site's retention, no interview. */
    public static ReviewSettings defaults(double retention) {
        return new ReviewSettings(retention, null, List.of(), 1, ZoneOffset.UTC);
    }
}
