package dev.interviewlab.review;

import dev.interviewlab.quiz.attempt.AttemptOwner;
import dev.interviewlab.quiz.bank.QuestionBank;
import dev.interviewlab.review.fsrs.FsrsScheduler;
import dev.interviewlab.review.plan.FollowUpGaps;
import dev.interviewlab.review.plan.PlanInput;
import dev.interviewlab.review.plan.ReviewPlan;
import dev.interviewlab.review.plan.ReviewPlanner;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A learner's interview plan: reads their cards' due dates and the bank's items of the plan's categories, and
 * hands them to {@link ReviewPlanner}. Reviews count every card of the learner (the day's whole load); new items
 * are those of the chosen categories without a card yet.
 */
@Service
@Transactional(readOnly = true)
public class InterviewPlans {

    /** Follow-up exposures modelled per new item: enough to reach a year ahead at any retention. */
    static final int FOLLOW_UPS = 24;

    private final ReviewPreferencesService preferences;
    private final FsrsScheduler siteScheduler;
    private final ReviewCardRepository cards;
    private final QuestionBank bank;
    private final Clock clock;

    public InterviewPlans(ReviewPreferencesService preferences, FsrsScheduler siteScheduler, ReviewCardRepository cards,
                          QuestionBank bank, Clock clock) {
        this.preferences = preferences;
        this.siteScheduler = siteScheduler;
        this.cards = cards;
        this.bank = bank;
        this.clock = clock;
    }

    /** The plan for the learner's interview, counted in {@code zone}; empty without an interview date still ahead. */
    public Optional<ReviewPlan> plan(AttemptOwner owner, ZoneId zone) {
        ReviewSettings settings = preferences.settings(owner);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        LocalDate today = LocalDate.ofInstant(now, zone);
        LocalDate interview = settings.interviewDate();
        if (interview == null || !interview.isAfter(today) || interview.isAfter(today.plusDays(PlanInput.MAX_DAYS))) {
            return Optional.empty();
        }
        Instant until = interview.atStartOfDay(zone).toInstant();
        List<Instant> due = cards.dueDatesBefore(owner.type(), owner.key(), until);
        Set<String> topics = bank.catalog().expand(settings.categories(), List.of());
        int newItems = topics.isEmpty() ? 0 : (int) Math.max(0,
                bank.catalog().available(topics, null) - cards.countOnTopics(owner.type(), owner.key(), topics));
        // the chosen retention, not the final days' raise: the raise only shortens gaps, so the plan errs safe
        FsrsScheduler scheduler = siteScheduler.withRetention(settings.desiredRetention());
        return Optional.of(ReviewPlanner.plan(new PlanInput(now, zone, interview, due, newItems, settings.exposures(),
                FollowUpGaps.of(scheduler, FOLLOW_UPS), settings.desiredRetention())));
    }
}
