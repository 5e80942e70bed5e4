package dev.interviewlab.review;

import dev.interviewlab.jdbc.PlainReads;
import dev.interviewlab.quiz.attempt.AttemptOwner;
import dev.interviewlab.quiz.bank.QuestionBank;
import dev.interviewlab.review.fsrs.FsrsScheduler;
import dev.interviewlab.review.plan.InterviewRetention;
import dev.interviewlab.review.plan.PlanInput;
import dev.interviewlab.web.InvalidInputException;
import dev.interviewlab.web.InvalidInputException.FieldProblem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * A learner's desired retention and interview plan: read with defaults, saved after checking every field,
 * moved to the account at sign-in and deleted with it. The scheduler a learner's reviews use comes from here
 * ({@link #schedulerFor}): their retention, raised in the interview's final days ({@link InterviewRetention}).
 */
@Service
@Transactional
public class ReviewPreferencesService {

    /**
     * What a learner sends, unchecked: the form's or the JSON body's fields.
     *
     * @param interviewDate ISO date (yyyy-MM-dd), or blank for no interview
     */
    public record SettingsInput(Double desiredRetention, String interviewDate, List<String> categories, Integer exposures) {
    }

    /** A learner's settings row, read as values on every Today page and every review (seventh pass). */
    private static final String SETTINGS = """
            select desired_retention, interview_date, plan_categories, plan_exposures, plan_zone
            from review_preferences where owner_type = ? and owner_key = ?""";

    private final ReviewPreferencesRepository preferences;
    private final PlainReads reads;
    private final FsrsScheduler siteScheduler;
    private final QuestionBank bank;
    private final Clock clock;

    public ReviewPreferencesService(ReviewPreferencesRepository preferences, PlainReads reads, FsrsScheduler siteScheduler,
                                    QuestionBank bank, Clock clock) {
        this.preferences = preferences;
        this.reads = reads;
        this.siteScheduler = siteScheduler;
        this.bank = bank;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public ReviewSettings settings(AttemptOwner owner) {
        return reads.query(SETTINGS, (row, number) -> ReviewPreferences.settingsOf(row.getDouble(1),
                        row.getObject(2, LocalDate.class), row.getString(3), row.getInt(4), row.getString(5)),
                        owner.type().name(), owner.key())
                .stream().findFirst().orElseGet(() -> ReviewSettings.defaults(siteScheduler.desiredRetention()));
    }

    /**
     * Checks and stores a learner's settings; {@code zone} (the browser's) is where "today" and the plan's days are.
     *
     * @throws InvalidInputException listing every field that is wrong
     */
    public ReviewSettings save(AttemptOwner owner, SettingsInput input, ZoneId zone) {
        ReviewSettings settings = check(input, LocalDate.ofInstant(clock.instant(), zone), zone);
        preferences.findOf(owner.type(), owner.key()).ifPresentOrElse(stored -> stored.update(settings, clock.instant()),
                () -> preferences.save(new ReviewPreferences(owner, settings, clock.instant())));
        return settings;
    }

    private ReviewSettings check(SettingsInput input, LocalDate today, ZoneId zone) {
        List<FieldProblem> problems = new ArrayList<>();
        Double retention = input.desiredRetention();
        if (retention == null || !(retention >= FsrsScheduler.MIN_RETENTION && retention <= FsrsScheduler.MAX_RETENTION)) {
            problems.add(FieldProblem.of("desiredRetention", "planner.error.retention",
                    FsrsScheduler.MIN_RETENTION, FsrsScheduler.MAX_RETENTION));
        }
        LocalDate interview = null;
        String date = input.interviewDate() == null ? "" : input.interviewDate().strip();
        if (!date.isEmpty()) {
            try {
                interview = LocalDate.parse(date);
                if (!interview.isAfter(today) || interview.isAfter(today.plusDays(PlanInput.MAX_DAYS))) {
                    problems.add(FieldProblem.of("interviewDate", "planner.error.date.range", PlanInput.MAX_DAYS));
                }
            } catch (DateTimeParseException e) {
                problems.add(FieldProblem.of("interviewDate", "planner.error.date.format"));
            }
        }
        LinkedHashSet<String> categories = new LinkedHashSet<>();
        List<String> sent = input.categories() == null ? List.of() : input.categories();
        for (String slug : sent) {
            String category = slug == null ? "" : slug.strip();
            if (bank.catalog().category(category).isEmpty()) {
                problems.add(FieldProblem.of("categories", "planner.error.category", abbreviate(category)));
                break;
            }
            categories.add(category);
        }
        if (categories.size() > ReviewSettings.MAX_CATEGORIES) {
            problems.add(FieldProblem.of("categories", "planner.error.categories.many", ReviewSettings.MAX_CATEGORIES));
        }
        Integer exposures = input.exposures();
        if (exposures == null || exposures < 1 || exposures > PlanInput.MAX_EXPOSURES) {
            problems.add(FieldProblem.of("exposures", "planner.error.exposures", PlanInput.MAX_EXPOSURES));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new ReviewSettings(retention, interview, List.copyOf(categories), exposures, zone);
    }

    /** The scheduler for one learner's review at {@code at}: their retention, raised near their interview. */
    @Transactional(readOnly = true)
    public FsrsScheduler schedulerFor(AttemptOwner owner, Instant at) {
        ReviewSettings settings = settings(owner);
        double target = InterviewRetention.target(settings.desiredRetention(), settings.interviewDate(),
                LocalDate.ofInstant(at, settings.zone()));
        return target == siteScheduler.desiredRetention() ? siteScheduler : siteScheduler.withRetention(target);
    }

    /** A browser's settings go to the account at sign-in, unless the account has its own (they stay). */
    public void transfer(AttemptOwner from, AttemptOwner to) {
        preferences.findOf(from.type(), from.key()).ifPresent(moving -> {
            if (preferences.findOf(to.type(), to.key()).isPresent()) {
                preferences.delete(moving);
            } else {
                moving.moveTo(to);
            }
        });
    }

    public void deleteAll(AttemptOwner owner) {
        preferences.deleteAllOf(owner.type(), owner.key());
    }

    private static String abbreviate(String value) {
        return value.length() <= 20 ? value : value.substring(0, 20) + "…";
    }
}
