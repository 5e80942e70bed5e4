package dev.interviewlab.review;

import dev.interviewlab.DatabaseTest;
import dev.interviewlab.quiz.MutableClock;
import dev.interviewlab.quiz.QuizPersistenceTestConfiguration;
import dev.interviewlab.quiz.QuizTestData;
import dev.interviewlab.quiz.TestClockConfiguration;
import dev.interviewlab.quiz.attempt.AttemptOwner;
import dev.interviewlab.quiz.attempt.AttemptService;
import dev.interviewlab.quiz.attempt.AttemptSnapshot;
import dev.interviewlab.quiz.attempt.QuizRequest;
import dev.interviewlab.quiz.attempt.RawAnswer;
import dev.interviewlab.quiz.bank.ItemType;
import dev.interviewlab.quiz.bank.QuestionBank;
import dev.interviewlab.quiz.bank.QuizItemRepository;
import dev.interviewlab.review.ReviewPreferencesService.SettingsInput;
import dev.interviewlab.review.fsrs.CardState;
import dev.interviewlab.review.plan.ReviewPlan;
import dev.interviewlab.topic.CategoryRepository;
import dev.interviewlab.topic.Difficulty;
import dev.interviewlab.topic.TopicRepository;
import dev.interviewlab.web.InvalidInputException;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.context.annotation.Import;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Desired retention and the interview plan per learner, against a real database, through the quiz path. */
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import(QuizPersistenceTestConfiguration.class)
@DatabaseTest
class ReviewPreferencesServiceTest {

    @Autowired
    ReviewPreferencesService preferences;

    @Autowired
    InterviewPlans plans;

    @Autowired
    ReviewService reviews;

    @Autowired
    AttemptService attempts;

    @Autowired
    QuestionBank bank;

    @Autowired
    MutableClock clock;

    @Autowired
    CategoryRepository categories;

    @Autowired
    TopicRepository topics;

    @Autowired
    QuizItemRepository items;

    @Autowired
    TestEntityManager entityManager;

    private String category;
    private String topic;
    private final AttemptOwner guest = AttemptOwner.browser("guest-" + UUID.randomUUID());
    private final AttemptOwner account = AttemptOwner.account(Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000_000L));
    private Instant start;
    private LocalDate today;

    @BeforeEach
    void setUp() {
        QuizTestData data = new QuizTestData(categories, topics, items);
        category = data.category("plan");
        topic = data.topic("plan", category);
        data.oneOfEachType(topic, Difficulty.INTERMEDIATE);
        entityManager.flush();
        bank.forget();
        start = TestClockConfiguration.START.plus(Duration.ofDays(1 + Math.abs(UUID.randomUUID().getLeastSignificantBits() % 1000)));
        clock.set(start);
        today = LocalDate.ofInstant(start, ZoneOffset.UTC);
    }

    private ReviewSettings save(AttemptOwner owner, double retention, LocalDate interview, List<String> categorySlugs, int exposures) {
        return preferences.save(owner, new SettingsInput(retention, interview == null ? "" : interview.toString(), categorySlugs,
                exposures), ZoneOffset.UTC);
    }

    /** Answers the single-choice item right in a practice quiz, twice 11 minutes apart: it leaves learning. */
    private Duration graduatingInterval(AttemptOwner owner) {
        for (int round = 0; round < 2; round++) {
            AttemptSnapshot attempt = attempts.start(owner, new QuizRequest(List.of(), List.of(topic), null, 5, null, true, false));
            attempts.answer(owner, attempt.id(), attempt.questions().stream().filter(question -> question.type() == ItemType.SINGLE)
                    .findFirst().orElseThrow().position(), new RawAnswer.Json("b"));
            attempts.submit(owner, attempt.id());
            clock.advance(Duration.ofMinutes(11));
        }
        ReviewCard card = reviews.cards(owner).stream().filter(c -> c.getItem().getType() == ItemType.SINGLE).findFirst().orElseThrow();
        assertThat(card.getState()).isEqualTo(CardState.REVIEW);
        return Duration.between(card.getLastReviewAt(), card.getDueAt());
    }

    @Test
    void aLearnerWithoutSettingsHasTheSitesRetentionAndNoInterview() {
        ReviewSettings settings = preferences.settings(guest);
        assertThat(settings.desiredRetention()).isEqualTo(0.90);
        assertThat(settings.interviewDate()).isNull();
    }

    @Test
    void storedSettingsAreReadBackFieldByFieldFromTheRowWithoutLoadingTheEntity() {
        QuizTestData data = new QuizTestData(categories, topics, items);
        String second = data.category("second");
        data.oneOfEachType(data.topic("second", second), Difficulty.INTERMEDIATE);
        entityManager.flush();
        bank.forget();
        preferences.save(guest, new SettingsInput(0.85, today.plusDays(40).toString(), List.of(category, second), 4),
                ZoneId.of("Asia/Shanghai"));
        entityManager.flush();
        entityManager.clear();
        Statistics statistics = entityManager.getEntityManager().getEntityManagerFactory().unwrap(SessionFactory.class)
                .getStatistics();
        statistics.setStatisticsEnabled(true);
        statistics.clear();
        try {
            assertThat(preferences.settings(guest)).isEqualTo(new ReviewSettings(0.85, today.plusDays(40),
                    List.of(category, second), 4, ZoneId.of("Asia/Shanghai")));
            assertThat(statistics.getEntityStatistics(ReviewPreferences.class.getName()).getLoadCount()).isZero();
            assertThat(statistics.getPrepareStatementCount()).isZero();
        } finally {
            statistics.setStatisticsEnabled(false);
        }
    }

    @Test
    void aLowerRetentionGivesLongerIntervalsForTheSameCard() {
        save(guest, 0.80, null, List.of(), 1);
        save(account, 0.95, null, List.of(), 1);

        Duration at80 = graduatingInterval(guest);
        clock.set(start);
        Duration at95 = graduatingInterval(account);

        assertThat(at80).isGreaterThan(at95);
        assertThat(at95).isGreaterThanOrEqualTo(Duration.ofDays(1));
    }

    @Test
    void inTheInterviewsFinalDaysTheRetentionIsRaisedTo95Percent() {
        save(guest, 0.80, today.plusDays(5), List.of(), 1);
        save(account, 0.95, null, List.of(), 1);

        Duration nearInterview = graduatingInterval(guest);
        clock.set(start);
        assertThat(nearInterview).isEqualTo(graduatingInterval(account));
    }

    @Test
    void settingsOutsideTheirRangesAreFieldErrorsAndNothingIsStored() {
        assertThatThrownBy(() -> preferences.save(guest, new SettingsInput(0.69, today.toString(), List.of("no-such-category"), 6),
                ZoneOffset.UTC)).isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                .extracting(InvalidInputException.FieldProblem::field)
                .containsExactly("desiredRetention", "interviewDate", "categories", "exposures"));
        assertThatThrownBy(() -> preferences.save(guest, new SettingsInput(0.98, today.plusDays(366).toString(), List.of(), 0),
                ZoneOffset.UTC)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> preferences.save(guest, new SettingsInput(null, "12/24/2027", null, null), ZoneOffset.UTC))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InvalidInputException.FieldProblem::messageKey)
                        .containsExactly("planner.error.retention", "planner.error.date.format", "planner.error.exposures"));
        assertThat(preferences.settings(guest).desiredRetention()).isEqualTo(0.90);
    }

    @Test
    void theBoundsThemselvesAreAccepted() {
        assertThat(save(guest, 0.70, today.plusDays(365), List.of(category), 5).exposures()).isEqualTo(5);
        assertThat(save(guest, 0.97, today.plusDays(1), List.of(), 1).desiredRetention()).isEqualTo(0.97);
    }

    @Test
    void thePlanCountsTheCategorysUnseenItemsAndTheCardsDue() {
        save(guest, 0.90, today.plusDays(20), List.of(category), 2);
        AttemptSnapshot attempt = attempts.start(guest, new QuizRequest(List.of(), List.of(topic), null, 5, null, true, false));
        attempts.answer(guest, attempt.id(), attempt.questions().stream().filter(question -> question.type() == ItemType.SINGLE)
                .findFirst().orElseThrow().position(), new RawAnswer.Json("a"));
        attempts.submit(guest, attempt.id());

        ReviewPlan plan = plans.plan(guest, ZoneOffset.UTC).orElseThrow();

        assertThat(plan.newItems()).isEqualTo(4); // five items, one already has a card
        assertThat(plan.days()).hasSize(20);
        assertThat(plan.days().get(0).reviews()).isEqualTo(1); // the card just answered is due again in minutes
        assertThat(plan.fits()).isTrue();
        assertThat(plans.plan(account, ZoneOffset.UTC)).isEmpty();
    }

    @Test
    void thePlansDaysAreTheReadersDays() {
        save(guest, 0.90, today.plusDays(3), List.of(), 1);
        // in UTC+14 it is already the next day for most of the UTC day: one day fewer to go
        ZoneId kiribati = ZoneId.of("Pacific/Kiritimati");
        int inKiribati = plans.plan(guest, kiribati).map(plan -> plan.days().size()).orElse(0);
        assertThat(inKiribati).isLessThanOrEqualTo(3);
        assertThat(plans.plan(guest, ZoneOffset.UTC).orElseThrow().days()).hasSize(3);
    }

    @Test
    void signingInMovesTheGuestsSettingsUnlessTheAccountHasItsOwn() {
        save(guest, 0.80, today.plusDays(30), List.of(category), 3);
        reviews.transfer(guest, account);
        assertThat(preferences.settings(account).desiredRetention()).isEqualTo(0.80);
        assertThat(preferences.settings(account).categories()).containsExactly(category);
        assertThat(preferences.settings(guest).desiredRetention()).isEqualTo(0.90);

        AttemptOwner otherBrowser = AttemptOwner.browser("other-" + UUID.randomUUID());
        save(otherBrowser, 0.75, null, List.of(), 1);
        reviews.transfer(otherBrowser, account);
        assertThat(preferences.settings(account).desiredRetention()).isEqualTo(0.80);
        assertThat(preferences.settings(otherBrowser).desiredRetention()).isEqualTo(0.90);
    }

    @Test
    void aClosedAccountsSettingsAreDeleted() {
        save(account, 0.85, today.plusDays(30), List.of(), 1);
        save(guest, 0.75, null, List.of(), 1);
        reviews.deleteAll(account);
        assertThat(preferences.settings(account).desiredRetention()).isEqualTo(0.90);
        assertThat(preferences.settings(guest).desiredRetention()).isEqualTo(0.75);
    }
}
