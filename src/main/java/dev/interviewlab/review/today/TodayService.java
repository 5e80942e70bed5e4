package dev.interviewlab.review.today;

import dev.interviewlab.quiz.attempt.AttemptOwner;
import dev.interviewlab.review.ReviewPreferencesService;
import dev.interviewlab.review.ReviewService;
import dev.interviewlab.review.fsrs.FsrsScheduler;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/** The Today page's figures for one learner: due count, the year of activity, the streak and weak topics. */
@Service
@Transactional(readOnly = true)
public class TodayService {

    private final TodayReads reads;
    private final ReviewService reviews;
    private final ReviewPreferencesService preferences;
    private final FsrsScheduler siteScheduler;
    private final Clock clock;

    TodayService(TodayReads reads, ReviewService reviews, ReviewPreferencesService preferences,
                 FsrsScheduler siteScheduler, Clock clock) {
        this.reads = reads;
        this.reviews = reviews;
        this.preferences = preferences;
        this.siteScheduler = siteScheduler;
        this.clock = clock;
    }

    /**
     * @param today     the learner's local date in {@code zone}
     * @param dueCount  cards due now
     */
    public record Overview(LocalDate today, ZoneId zone, long dueCount, DailyActivity activity, ForgivingStreak streak,
                           ActivityHeatmap heatmap, WeakTopics weakTopics) {

        /** The zone's id, "UTC" for UTC (whose offset id is "Z"). */
        public String zoneName() {
            return zone.normalized().equals(ZoneOffset.UTC) ? "UTC" : zone.getId();
        }
    }

    /** @param owner empty for a browser that owns nothing yet (no reviews: all zero) */
    public Overview overview(Optional<AttemptOwner> owner, ZoneId zone, int goal) {
        Instant now = clock.instant();
        LocalDate today = LocalDays.dayOf(now, zone);
        List<Instant> times = owner.map(o -> reads.reviewTimes(o, DailyActivity.since(today, zone)))
                .orElse(List.of());
        DailyActivity activity = DailyActivity.of(times, zone, today);
        List<WeakTopics.CardMemory> cards = owner.map(reads::reviewedCards).orElse(List.of())
                .stream().map(ReviewedCard::memory).toList();
        // the learner's own target (their retention, raised before an interview): above it, a topic is not weak
        FsrsScheduler scheduler = owner.map(o -> preferences.schedulerFor(o, now)).orElse(siteScheduler);
        return new Overview(today, zone, owner.map(reviews::dueCount).orElse(0L), activity,
                ForgivingStreak.of(activity, goal), ActivityHeatmap.of(activity, goal), WeakTopics.of(cards, scheduler, now));
    }
}
