package dev.interviewlab.quiz.attempt;

import dev.interviewlab.DatabaseTest;
import dev.interviewlab.quiz.MutableClock;
import dev.interviewlab.quiz.QuizTestData;
import dev.interviewlab.quiz.TestClockConfiguration;
import dev.interviewlab.quiz.bank.ItemType;
import dev.interviewlab.quiz.bank.QuestionBank;
import dev.interviewlab.quiz.bank.QuizItem;
import dev.interviewlab.quiz.bank.QuizItemRepository;
import dev.interviewlab.topic.CategoryRepository;
import dev.interviewlab.topic.Difficulty;
import dev.interviewlab.topic.TopicRepository;
import dev.interviewlab.web.InvalidInputException;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import dev.interviewlab.quiz.QuizPersistenceTestConfiguration;
import org.springframework.context.annotation.Import;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.ToLongFunction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Taking quizzes against a real database, with a clock the test moves. */
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import(QuizPersistenceTestConfiguration.class)
@DatabaseTest
class AttemptServiceTest {

    @Autowired
    AttemptService service;

    @Autowired
    AttemptRepository attempts;

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

    private String topic;
    private String category;
    private final AttemptOwner learner = AttemptOwner.browser("learner-" + UUID.randomUUID());
    private final AttemptOwner stranger = AttemptOwner.browser("stranger-" + UUID.randomUUID());
    private Instant start;

    @BeforeEach
    void setUp() {
        QuizTestData data = new QuizTestData(categories, topics, items);
        category = data.category("attempts");
        topic = data.topic("timers", category);
        data.oneOfEachType(topic, Difficulty.INTERMEDIATE);
        data.oneOfEachType(data.topic("other", category), Difficulty.BEGINNER);
        entityManager.flush();
        bank.forget();
        start = TestClockConfiguration.START.plus(Duration.ofDays(1 + Math.abs(UUID.randomUUID().getLeastSignificantBits() % 1000)));
        clock.set(start);
    }

    private AttemptSnapshot startTimed(int minutes) {
        return service.start(learner, new QuizRequest(List.of(), List.of(topic), null, 5, minutes, false, false));
    }

    private int positionOf(AttemptSnapshot attempt, ItemType type) {
        return attempt.questions().stream().filter(question -> question.type() == type).findFirst().orElseThrow().position();
    }

    private void answerSingle(AttemptSnapshot attempt, String option) {
        service.answer(learner, attempt.id(), positionOf(attempt, ItemType.SINGLE), new RawAnswer.Json(option));
    }

    @Test
    void startDrawsDistinctQuestionsAndPersistsStartAndDeadline() {
        AttemptSnapshot attempt = startTimed(8);
        entityManager.flush();
        entityManager.clear();

        Attempt stored = attempts.findByPublicId(attempt.id()).orElseThrow();
        assertThat(stored.getStartedAt()).isEqualTo(start);
        assertThat(stored.getDeadline()).isEqualTo(start.plus(Duration.ofMinutes(8)));
        assertThat(stored.getOwner()).isEqualTo(learner);
        assertThat(attempt.questions()).extracting(AttemptSnapshot.Question::itemKey).doesNotHaveDuplicates().hasSize(5);
        assertThat(attempt.questions()).extracting(AttemptSnapshot.Question::categorySlug).containsOnly(category);
        assertThat(attempt.remaining()).isEqualTo(Duration.ofMinutes(8));
    }

    @Test
    void aQuizOverACategoryDrawsFromAllItsTopics() {
        AttemptSnapshot attempt = service.start(learner, new QuizRequest(List.of(category), List.of(), null, 10, 10, false, false));
        assertThat(attempt.questions()).hasSize(10).extracting(AttemptSnapshot.Question::topicSlug).contains(topic);
    }

    @Test
    void moreQuestionsThanTheBankHoldsIsRefusedAndNothingStarts() {
        long before = attempts.count();
        assertThatThrownBy(() -> service.start(learner, new QuizRequest(List.of(), List.of(topic), null, 6, 8, false, false)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems().get(0).messageKey()).isEqualTo("quiz.error.count.available"));
        assertThat(attempts.count()).isEqualTo(before);
    }

    @ParameterizedTest(name = "an answer {0} s after the deadline is accepted")
    @ValueSource(longs = {-60, 0, 5})
    void answersUntilTheEndOfTheGraceCount(long secondsAfterDeadline) {
        AttemptSnapshot attempt = startTimed(8);
        clock.set(attempt.deadline().plusSeconds(secondsAfterDeadline));

        answerSingle(attempt, "b");
        AttemptSnapshot result = service.submit(learner, attempt.id());

        assertThat(result.question(positionOf(attempt, ItemType.SINGLE)).pointsMillis()).isEqualTo(1000);
        assertThat(result.finishedAt()).isEqualTo(secondsAfterDeadline < 0 ? clock.instant() : attempt.deadline());
        assertThat(result.finishReason()).isEqualTo(secondsAfterDeadline < 0 ? FinishReason.SUBMITTED : FinishReason.TIME_UP);
    }

    @Test
    void anAnswerAfterTheGraceIsRefusedNotCountedAndClosesTheAttemptAtItsDeadline() {
        AttemptSnapshot attempt = startTimed(8);
        answerSingle(attempt, "a"); // wrong, in time
        clock.set(attempt.deadline().plus(AnswerWindow.GRACE).plusSeconds(1));

        assertThatThrownBy(() -> answerSingle(attempt, "b"))
                .isInstanceOfSatisfying(AttemptClosedException.class, e -> {
                    assertThat(e.why()).isEqualTo(AttemptClosedException.Why.LATE);
                    assertThat(e.deadline()).isEqualTo(attempt.deadline());
                });
        entityManager.flush();
        entityManager.clear();

        AttemptSnapshot result = service.result(learner, attempt.id());
        assertThat(result.finishedAt()).isEqualTo(attempt.deadline());
        assertThat(result.finishReason()).isEqualTo(FinishReason.EXPIRED);
        assertThat(result.question(positionOf(attempt, ItemType.SINGLE)).response()).isEqualTo(new Response.Choice("a"));
        assertThat(result.scoreMillis()).isZero();
    }

    @Test
    void anOverdueAttemptIsClosedWhenNextOpened() {
        AttemptSnapshot attempt = startTimed(1);
        clock.set(attempt.deadline().plus(Duration.ofHours(3)));

        AttemptSnapshot seen = service.view(learner, attempt.id());

        assertThat(seen.isOpen()).isFalse();
        assertThat(seen.finishedAt()).isEqualTo(attempt.deadline());
        assertThat(seen.timeUsed()).isEqualTo(Duration.ofMinutes(1));
        assertThat(service.openAttempts(learner)).isEmpty();
    }

    @Test
    void readingShowsTheSavedAnswersInPositionOrderAndChangesNothing() {
        AttemptSnapshot attempt = startTimed(8);
        answerSingle(attempt, "c");
        service.flag(learner, attempt.id(), 2, true);
        entityManager.flush();
        entityManager.clear();

        AttemptSnapshot read = service.read(learner, attempt.id());

        assertThat(read.questions()).extracting(AttemptSnapshot.Question::position).containsExactly(1, 2, 3, 4, 5);
        assertThat(read.questions()).extracting(AttemptSnapshot.Question::itemKey)
                .containsExactlyElementsOf(attempt.questions().stream().map(AttemptSnapshot.Question::itemKey).toList());
        assertThat(read.question(positionOf(attempt, ItemType.SINGLE)).response()).isEqualTo(new Response.Choice("c"));
        assertThat(read.question(2).flagged()).isTrue();
        assertThat(read.question(positionOf(attempt, ItemType.ORDERING)).options())
                .isEqualTo(attempt.question(positionOf(attempt, ItemType.ORDERING)).options());
        assertThat(read.questions()).allSatisfy(question -> assertThat(question.answerKey()).isNull());
        assertThat(read.isOverdue()).isFalse();
    }

    @Test
    void readingAnAttemptTakesOneQueryAndOneForTheOptions() {
        AttemptSnapshot attempt = startTimed(8);
        answerSingle(attempt, "c");
        entityManager.flush();
        entityManager.clear();

        // the attempt with its questions and items, then the items' options in one batch: no lock, no update
        assertThat(statementsOf(() -> service.read(learner, attempt.id()))).isEqualTo(2);
    }

    @Test
    void theQuestionPagesReadLoadsTheShownItemAloneWithItsOptionsInTwoStatements() {
        AttemptSnapshot attempt = startTimed(8);
        answerSingle(attempt, "c");
        service.flag(learner, attempt.id(), 2, true);
        entityManager.flush();
        entityManager.clear();
        int shown = positionOf(attempt, ItemType.ORDERING);
        List<AttemptSnapshot> outlines = new java.util.ArrayList<>();
        AttemptSnapshot[] read = new AttemptSnapshot[1];

        // the attempt with its questions, then the shown item with its options: no other item, no lock
        assertThat(statementsOf(() -> read[0] = service.readShowing(learner, attempt.id(), outline -> {
            outlines.add(outline);
            return shown;
        }))).isEqualTo(2);
        entityManager.clear();
        AttemptSnapshot full = service.read(learner, attempt.id());
        // what picks the question sees every question's answer, flag and type, and no item
        assertThat(outlines).singleElement().satisfies(outline -> {
            assertThat(outline.questions()).allSatisfy(question -> {
                assertThat(question.prompt()).isNull();
                assertThat(question.options()).isEmpty();
            });
            assertThat(outline.questions()).extracting(AttemptSnapshot.Question::answered)
                    .containsExactlyElementsOf(full.questions().stream().map(AttemptSnapshot.Question::answered).toList());
            assertThat(outline.questions()).extracting(AttemptSnapshot.Question::flagged).contains(true)
                    .containsExactlyElementsOf(full.questions().stream().map(AttemptSnapshot.Question::flagged).toList());
            assertThat(outline.questions()).extracting(AttemptSnapshot.Question::type)
                    .containsExactlyElementsOf(full.questions().stream().map(AttemptSnapshot.Question::type).toList());
        });
        // the shown question is as a full read has it; the others carry no item
        assertThat(read[0].question(shown)).isEqualTo(full.question(shown));
        assertThat(read[0].question(shown).options()).isNotEmpty();
        assertThat(read[0].questions()).filteredOn(question -> question.position() != shown).hasSize(4)
                .allSatisfy(question -> assertThat(question.prompt()).isNull());
        entityManager.clear();
        assertThat(entityLoadsOf(() -> service.readShowing(learner, attempt.id(), outline -> shown), QuizItem.class)).isEqualTo(1);
        assertThatThrownBy(() -> service.readShowing(stranger, attempt.id(), outline -> 1))
                .isInstanceOf(AttemptNotFoundException.class);
    }

    @Test
    void theLatestOpenAttemptComesWithItsAnsweredCountAndTheOpenOnesWithoutHibernate() {
        assertThat(service.latestOpen(learner)).isEmpty();
        AttemptSnapshot shortOne = startTimed(1);
        clock.set(start.plusSeconds(10));
        AttemptSnapshot latest = startTimed(8);
        answerSingle(latest, "c");
        service.start(stranger, new QuizRequest(List.of(), List.of(topic), null, 5, 8, false, false));
        entityManager.flush();
        entityManager.clear();

        AttemptService.OpenAttempt[] found = new AttemptService.OpenAttempt[1];
        // one plain statement (OpenAttemptLookup): nothing through Hibernate, no entity loaded
        assertThat(statementsOf(() -> found[0] = service.latestOpen(learner).orElseThrow())).isZero();
        assertThat(found[0].summary().id()).isEqualTo(latest.id());
        assertThat(found[0].answered()).isEqualTo(1);
        assertThat(found[0].openCount()).isEqualTo(2);
        assertThat(found[0].remaining()).isEqualTo(Duration.ofMinutes(8));

        // the short one is still open up to its deadline plus the grace, and left out a second after
        clock.set(shortOne.deadline().plus(AnswerWindow.GRACE));
        assertThat(service.latestOpen(learner).orElseThrow().openCount()).isEqualTo(2);
        clock.set(shortOne.deadline().plus(AnswerWindow.GRACE).plusSeconds(1));
        assertThat(service.latestOpen(learner).orElseThrow().openCount()).isEqualTo(1);
        // past the latest one's deadline and grace: nothing to continue
        clock.set(start.plusSeconds(10).plus(Duration.ofMinutes(8)).plus(AnswerWindow.GRACE).plusSeconds(1));
        assertThat(service.latestOpen(learner)).isEmpty();
    }

    @Test
    void savingAnAnswerTakesTheLockWithTheQuestionsAndOneUpdateAndLoadsNoItem() {
        AttemptSnapshot attempt = startTimed(8);
        entityManager.flush();
        entityManager.clear();

        // the attempt locked with its questions in one query, then the one changed question; the answer is read
        // by the type the question keeps, so no item is loaded (it was 4: lock, questions, items, update)
        assertThat(statementsOf(() -> answerSingle(attempt, "c"))).isEqualTo(2);
        assertThat(statementsOf(() -> service.answer(learner, attempt.id(), positionOf(attempt, ItemType.ORDERING),
                new RawAnswer.Json(attempt.question(positionOf(attempt, ItemType.ORDERING)).options().stream()
                        .map(option -> option.key()).toList())))).isEqualTo(2);
        assertThat(entityLoadsOf(() -> answerSingle(attempt, "b"), QuizItem.class)).isZero();
        entityManager.clear();
        assertThat(service.read(learner, attempt.id()).question(positionOf(attempt, ItemType.SINGLE)).response())
                .isEqualTo(new Response.Choice("b"));
    }

    @Test
    void flaggingAndClearingTakeTheLockWithTheQuestionsAndOneUpdate() {
        AttemptSnapshot attempt = startTimed(8);
        answerSingle(attempt, "c");
        entityManager.flush();
        entityManager.clear();

        assertThat(statementsOf(() -> service.flag(learner, attempt.id(), 2, true))).isEqualTo(2);
        entityManager.clear();
        assertThat(statementsOf(() -> service.clearAnswer(learner, attempt.id(), positionOf(attempt, ItemType.SINGLE))))
                .isEqualTo(2);
        entityManager.clear();
        AttemptSnapshot read = service.read(learner, attempt.id());
        assertThat(read.question(2).flagged()).isTrue();
        assertThat(read.question(positionOf(attempt, ItemType.SINGLE)).answered()).isFalse();
    }

    @Test
    void theFormSavesAnswerAndFlagUnderOneLockInOneUpdateOrNeither() {
        AttemptSnapshot attempt = startTimed(8);
        int single = positionOf(attempt, ItemType.SINGLE);
        entityManager.flush();
        entityManager.clear();

        assertThat(statementsOf(() -> service.save(learner, attempt.id(), single, new RawAnswer.Form("c", null, null, null), true)))
                .isEqualTo(2);
        entityManager.clear();
        assertThatThrownBy(() -> service.save(learner, attempt.id(), single, new RawAnswer.Form("z", null, null, null), false))
                .isInstanceOf(InvalidInputException.class);
        entityManager.flush();
        entityManager.clear();
        AttemptSnapshot.Question saved = service.read(learner, attempt.id()).question(single);
        assertThat(saved.response()).isEqualTo(new Response.Choice("c"));
        assertThat(saved.flagged()).isTrue();
    }

    @Test
    void aQuestionKeepsTheTypeOfItsItem() {
        AttemptSnapshot attempt = startTimed(8);
        entityManager.flush();
        entityManager.clear();

        assertThat(attempts.findByPublicId(attempt.id()).orElseThrow().getQuestions())
                .allSatisfy(question -> assertThat(question.getItemType()).isEqualTo(question.getItem().getType()))
                .extracting(AttemptQuestion::getItemType).containsExactlyInAnyOrder(ItemType.values());
    }

    /** How many entities of this class the action loads. */
    private long entityLoadsOf(Runnable action, Class<?> entity) {
        return measured(action, statistics -> statistics.getEntityStatistics(entity.getName()).getLoadCount());
    }

    /** How many SQL statements the action and the flush after it send. */
    private long statementsOf(Runnable action) {
        return measured(action, Statistics::getPrepareStatementCount);
    }

    /** A figure of Hibernate's statistics over the action and the flush after it. */
    private long measured(Runnable action, ToLongFunction<Statistics> figure) {
        Statistics statistics = entityManager.getEntityManager().getEntityManagerFactory().unwrap(SessionFactory.class)
                .getStatistics();
        statistics.setStatisticsEnabled(true);
        statistics.clear();
        try {
            action.run();
            entityManager.flush();
            return figure.applyAsLong(statistics);
        } finally {
            statistics.setStatisticsEnabled(false);
        }
    }

    @Test
    void readingAnOverdueAttemptLeavesItToTheCallsThatCloseIt() {
        AttemptSnapshot attempt = startTimed(1);
        clock.set(attempt.deadline().plus(AnswerWindow.GRACE).plusSeconds(1));

        AttemptSnapshot read = service.read(learner, attempt.id());
        entityManager.flush();
        entityManager.clear();

        assertThat(read.isOpen()).isTrue();
        assertThat(read.isOverdue()).isTrue();
        assertThat(read.remaining()).isZero();
        assertThat(attempts.findByPublicId(attempt.id()).orElseThrow().isOpen()).isTrue();
        AttemptSnapshot result = service.result(learner, attempt.id());
        assertThat(result.finishedAt()).isEqualTo(attempt.deadline());
        assertThat(result.finishReason()).isEqualTo(FinishReason.EXPIRED);
        assertThat(service.read(learner, attempt.id()).isOverdue()).isFalse();
    }

    @Test
    void readingSomeoneElsesOrAnUnknownAttemptFindsNothing() {
        AttemptSnapshot attempt = startTimed(8);

        assertThatThrownBy(() -> service.read(stranger, attempt.id())).isInstanceOf(AttemptNotFoundException.class);
        assertThatThrownBy(() -> service.read(learner, UUID.randomUUID().toString())).isInstanceOf(AttemptNotFoundException.class);
        assertThatThrownBy(() -> service.read(learner, "x".repeat(5000))).isInstanceOf(AttemptNotFoundException.class);
        assertThatThrownBy(() -> service.read(learner, null)).isInstanceOf(AttemptNotFoundException.class);
    }

    @Test
    void theSweepClosesAbandonedAttemptsOnlyAfterTheirGrace() {
        AttemptSnapshot abandoned = startTimed(1);
        AttemptSnapshot practice = service.start(learner, new QuizRequest(List.of(), List.of(topic), null, 5, null, true, false));
        clock.advance(Duration.ofSeconds(30));
        AttemptSnapshot fresh = startTimed(1);
        service.answer(learner, abandoned.id(), positionOf(abandoned, ItemType.TRUE_FALSE), new RawAnswer.Json(true));

        clock.set(abandoned.deadline().plus(AnswerWindow.GRACE)); // not past the grace yet
        service.closeOverdue();
        assertThat(attempts.findByPublicId(abandoned.id()).orElseThrow().isOpen()).isTrue();

        clock.set(abandoned.deadline().plus(AnswerWindow.GRACE).plusSeconds(1));
        service.closeOverdue();
        entityManager.flush();
        entityManager.clear();

        Attempt closed = attempts.findByPublicId(abandoned.id()).orElseThrow();
        assertThat(closed.isOpen()).isFalse();
        assertThat(closed.getFinishedAt()).isEqualTo(abandoned.deadline());
        assertThat(closed.getFinishReason()).isEqualTo(FinishReason.EXPIRED);
        assertThat(closed.getScoreMillis()).isEqualTo(1000);
        assertThat(attempts.findByPublicId(fresh.id()).orElseThrow().isOpen()).isTrue();
        assertThat(attempts.findByPublicId(practice.id()).orElseThrow().isOpen()).isTrue();
    }

    @Test
    void submittingTwiceChangesNothing() {
        AttemptSnapshot attempt = startTimed(8);
        answerSingle(attempt, "b");
        clock.advance(Duration.ofMinutes(2));
        AttemptSnapshot first = service.submit(learner, attempt.id());
        clock.advance(Duration.ofMinutes(2));
        AttemptSnapshot second = service.submit(learner, attempt.id());

        assertThat(second.finishedAt()).isEqualTo(first.finishedAt()).isEqualTo(start.plus(Duration.ofMinutes(2)));
        assertThat(second.scoreMillis()).isEqualTo(first.scoreMillis()).isEqualTo(1000);
        assertThat(second.finishReason()).isEqualTo(FinishReason.SUBMITTED);
        assertThatThrownBy(() -> answerSingle(attempt, "a")).isInstanceOfSatisfying(AttemptClosedException.class,
                e -> assertThat(e.why()).isEqualTo(AttemptClosedException.Why.FINISHED));
    }

    @Test
    void everyTypeIsScoredWithPartialCreditForMultipleChoice() {
        AttemptSnapshot attempt = startTimed(8);
        String id = attempt.id();
        service.answer(learner, id, positionOf(attempt, ItemType.SINGLE), new RawAnswer.Json("b"));
        service.answer(learner, id, positionOf(attempt, ItemType.MULTIPLE), new RawAnswer.Json(List.of("a", "b", "c")));
        service.answer(learner, id, positionOf(attempt, ItemType.TRUE_FALSE), new RawAnswer.Json(false));
        service.answer(learner, id, positionOf(attempt, ItemType.FILL_IN), new RawAnswer.Json("ｔｉｍｅ＿ｗａｉｔ"));
        service.answer(learner, id, positionOf(attempt, ItemType.ORDERING), new RawAnswer.Json(List.of("a", "b", "c")));

        AttemptSnapshot result = service.submit(learner, id);

        assertThat(result.question(positionOf(attempt, ItemType.SINGLE)).pointsMillis()).isEqualTo(1000);
        assertThat(result.question(positionOf(attempt, ItemType.MULTIPLE)).pointsMillis()).isEqualTo(500);
        assertThat(result.question(positionOf(attempt, ItemType.TRUE_FALSE)).pointsMillis()).isZero();
        assertThat(result.question(positionOf(attempt, ItemType.FILL_IN)).pointsMillis()).isEqualTo(1000);
        assertThat(result.question(positionOf(attempt, ItemType.ORDERING)).pointsMillis()).isEqualTo(1000);
        assertThat(result.scoreMillis()).isEqualTo(3500);
    }

    @Test
    void optionsAreShuffledPerAttemptAndAnsweredByTheirIds() {
        AttemptSnapshot attempt = startTimed(8);
        AttemptSnapshot.Question ordering = attempt.question(positionOf(attempt, ItemType.ORDERING));
        assertThat(ordering.options()).extracting(option -> option.key()).containsExactlyInAnyOrder("a", "b", "c")
                .isNotEqualTo(List.of("a", "b", "c"));
    }

    @Test
    void someoneElsesAttemptIsNotFound() {
        AttemptSnapshot attempt = startTimed(8);

        assertThatThrownBy(() -> service.view(stranger, attempt.id())).isInstanceOf(AttemptNotFoundException.class);
        assertThatThrownBy(() -> service.answer(stranger, attempt.id(), 1, new RawAnswer.Json("b")))
                .isInstanceOf(AttemptNotFoundException.class);
        assertThatThrownBy(() -> service.submit(stranger, attempt.id())).isInstanceOf(AttemptNotFoundException.class);
        assertThatThrownBy(() -> service.result(stranger, attempt.id())).isInstanceOf(AttemptNotFoundException.class);
        assertThatThrownBy(() -> service.view(learner, UUID.randomUUID().toString())).isInstanceOf(AttemptNotFoundException.class);
        assertThatThrownBy(() -> service.view(learner, "x".repeat(5000))).isInstanceOf(AttemptNotFoundException.class);
        assertThat(service.view(learner, attempt.id()).isOpen()).isTrue();
    }

    @Test
    void badAnswersAreRefusedAndNothingIsSaved() {
        AttemptSnapshot attempt = startTimed(8);
        int single = positionOf(attempt, ItemType.SINGLE);

        assertThatThrownBy(() -> service.answer(learner, attempt.id(), single, new RawAnswer.Json("z")))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> service.answer(learner, attempt.id(), 6, new RawAnswer.Json("a")))
                .isInstanceOf(QuestionNotInAttemptException.class);
        assertThatThrownBy(() -> service.answer(learner, attempt.id(), 0, new RawAnswer.Json("a")))
                .isInstanceOf(QuestionNotInAttemptException.class);
        assertThatThrownBy(() -> service.answer(learner, attempt.id(), positionOf(attempt, ItemType.MULTIPLE), new RawAnswer.Json(List.of())))
                .isInstanceOf(InvalidInputException.class);

        assertThat(service.view(learner, attempt.id()).answeredCount()).isZero();
    }

    @Test
    void flagsAndAnswersAreKeptForResuming() {
        AttemptSnapshot attempt = startTimed(8);
        answerSingle(attempt, "c");
        AnswerReceipt receipt = service.flag(learner, attempt.id(), 2, true);
        service.answer(learner, attempt.id(), positionOf(attempt, ItemType.FILL_IN), new RawAnswer.Form(null, null, "TIME", null));
        entityManager.flush();
        entityManager.clear();

        assertThat(receipt.flagged()).isTrue();
        AttemptSnapshot resumed = service.view(learner, attempt.id());
        assertThat(resumed.question(2).flagged()).isTrue();
        assertThat(resumed.question(positionOf(attempt, ItemType.SINGLE)).response()).isEqualTo(new Response.Choice("c"));
        assertThat(resumed.question(positionOf(attempt, ItemType.FILL_IN)).response()).isEqualTo(new Response.Text("TIME"));
        assertThat(service.openAttempts(learner)).extracting(AttemptSummary::id).contains(attempt.id());

        service.answer(learner, attempt.id(), positionOf(attempt, ItemType.FILL_IN), new RawAnswer.Form(null, null, " ", null));
        assertThat(service.view(learner, attempt.id()).answeredCount()).isEqualTo(1);
        service.clearAnswer(learner, attempt.id(), positionOf(attempt, ItemType.SINGLE));
        assertThat(service.view(learner, attempt.id()).answeredCount()).isZero();
    }

    @Test
    void aSequentialQuizTakesAnswersOnlyForTheCurrentQuestion() {
        AttemptSnapshot attempt = service.start(learner, new QuizRequest(List.of(), List.of(topic), null, 5, 8, false, true));
        String id = attempt.id();
        service.flag(learner, id, 1, true);
        assertThatThrownBy(() -> service.flag(learner, id, 2, true)).isInstanceOfSatisfying(SequentialOrderException.class,
                e -> assertThat(e.current()).isEqualTo(1));

        AttemptSnapshot moved = service.advance(learner, id);

        assertThat(moved.currentPosition()).isEqualTo(2);
        assertThat(moved.canOpen(1)).isFalse();
        service.flag(learner, id, 2, true);
        assertThatThrownBy(() -> service.flag(learner, id, 1, false)).isInstanceOf(SequentialOrderException.class);
        for (int i = 0; i < 10; i++) {
            service.advance(learner, id);
        }
        assertThat(service.view(learner, id).currentPosition()).isEqualTo(5);
    }

    @Test
    void practiceNeverRunsOut() {
        AttemptSnapshot attempt = service.start(learner, new QuizRequest(List.of(), List.of(topic), null, 5, null, true, false));
        clock.advance(Duration.ofDays(30));

        answerSingle(attempt, "b");
        assertThat(service.view(learner, attempt.id()).isOpen()).isTrue();
        assertThat(attempt.deadline()).isNull();
        assertThatThrownBy(() -> service.result(learner, attempt.id())).isInstanceOf(AttemptStillOpenException.class);
        assertThat(service.submit(learner, attempt.id()).finishReason()).isEqualTo(FinishReason.SUBMITTED);
    }
}
