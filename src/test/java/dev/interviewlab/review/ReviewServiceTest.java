package dev.interviewlab.review;

import dev.interviewlab.DatabaseTest;
import dev.interviewlab.quiz.MutableClock;
import dev.interviewlab.quiz.QuizPersistenceTestConfiguration;
import dev.interviewlab.quiz.QuizTestData;
import dev.interviewlab.quiz.TestClockConfiguration;
import dev.interviewlab.quiz.attempt.AnswerWindow;
import dev.interviewlab.quiz.attempt.AttemptOwner;
import dev.interviewlab.quiz.attempt.AttemptRepository;
import dev.interviewlab.quiz.attempt.AttemptScored;
import dev.interviewlab.quiz.attempt.AttemptService;
import dev.interviewlab.quiz.attempt.AttemptSnapshot;
import dev.interviewlab.quiz.attempt.QuizRequest;
import dev.interviewlab.quiz.attempt.RawAnswer;
import dev.interviewlab.quiz.bank.ItemType;
import dev.interviewlab.quiz.bank.QuestionBank;
import dev.interviewlab.quiz.bank.QuizItem;
import dev.interviewlab.quiz.bank.QuizItemRepository;
import dev.interviewlab.review.fsrs.CardState;
import dev.interviewlab.review.fsrs.Grade;
import dev.interviewlab.topic.CategoryRepository;
import dev.interviewlab.topic.Difficulty;
import dev.interviewlab.topic.TopicRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Quiz answers review their items' cards, through {@link AttemptService}, against a real database. */
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import(QuizPersistenceTestConfiguration.class)
@DatabaseTest
class ReviewServiceTest {

    @Autowired
    AttemptService attempts;

    @Autowired
    AttemptRepository attemptRows;

    @Autowired
    ReviewService reviews;

    @Autowired
    ReviewCardRepository cards;

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
    private Map<ItemType, QuizItem> itemOf;
    private final AttemptOwner guest = AttemptOwner.browser("guest-" + UUID.randomUUID());
    private final AttemptOwner account = AttemptOwner.account(Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000_000L));
    private Instant start;

    @BeforeEach
    void setUp() {
        QuizTestData data = new QuizTestData(categories, topics, items);
        topic = data.topic("review", data.category("review"));
        itemOf = data.oneOfEachType(topic, Difficulty.INTERMEDIATE).stream()
                .collect(Collectors.toMap(QuizItem::getType, item -> item));
        entityManager.flush();
        bank.forget();
        start = TestClockConfiguration.START.plus(Duration.ofDays(1 + Math.abs(UUID.randomUUID().getLeastSignificantBits() % 1000)));
        clock.set(start);
    }

    /** Answers (right or wrong) the types given, leaves the others unanswered, and submits. */
    private AttemptSnapshot quiz(AttemptOwner owner, Integer minutes, Map<ItemType, Object> answers) {
        AttemptSnapshot attempt = attempts.start(owner, new QuizRequest(List.of(), List.of(topic), null, 5, minutes, minutes == null, false));
        answers.forEach((type, answer) -> attempts.answer(owner, attempt.id(), attempt.questions().stream()
                .filter(question -> question.type() == type).findFirst().orElseThrow().position(), new RawAnswer.Json(answer)));
        return attempt;
    }

    private AttemptSnapshot submitted(AttemptOwner owner, Map<ItemType, Object> answers) {
        AttemptSnapshot attempt = quiz(owner, null, answers);
        return attempts.submit(owner, attempt.id());
    }

    private ReviewCard card(AttemptOwner owner, ItemType type) {
        return reviews.cards(owner).stream().filter(card -> card.getItem().getId().equals(itemOf.get(type).getId()))
                .findFirst().orElse(null);
    }

    private List<ReviewLogEntry> logOf(AttemptOwner owner, ItemType type) {
        return reviews.log(owner).stream().filter(entry -> entry.getCard().getItem().getId().equals(itemOf.get(type).getId())).toList();
    }

    @Test
    void eachAnsweredQuestionReviewsItsCardOnceRightIsGoodWrongIsAgain() {
        AttemptSnapshot result = submitted(guest, Map.of(
                ItemType.SINGLE, "b",                    // right
                ItemType.MULTIPLE, List.of("a"),          // half the points: not right
                ItemType.TRUE_FALSE, false,               // wrong
                ItemType.FILL_IN, "TIME_WAIT"));          // right; the ordering item stays unanswered
        long attemptId = attemptRows.findByPublicId(result.id()).orElseThrow().getId();
        Instant finished = result.finishedAt();

        assertThat(reviews.log(guest)).extracting(entry -> entry.getCard().getItem().getType(), ReviewLogEntry::getGrade,
                        ReviewLogEntry::getSource, ReviewLogEntry::getAttemptId, ReviewLogEntry::getReviewedAt,
                        ReviewLogEntry::getStateBefore, ReviewLogEntry::getStateAfter, ReviewLogEntry::getElapsedDays)
                .containsExactlyInAnyOrder(
                        tuple(ItemType.SINGLE, Grade.GOOD, ReviewSource.QUIZ, attemptId, finished, CardState.NEW, CardState.LEARNING, 0),
                        tuple(ItemType.MULTIPLE, Grade.AGAIN, ReviewSource.QUIZ, attemptId, finished, CardState.NEW, CardState.LEARNING, 0),
                        tuple(ItemType.TRUE_FALSE, Grade.AGAIN, ReviewSource.QUIZ, attemptId, finished, CardState.NEW, CardState.LEARNING, 0),
                        tuple(ItemType.FILL_IN, Grade.GOOD, ReviewSource.QUIZ, attemptId, finished, CardState.NEW, CardState.LEARNING, 0));
        assertThat(card(guest, ItemType.ORDERING)).isNull();
        // FSRS learning steps: Again → 1 minute, Good → the 10-minute step
        assertThat(card(guest, ItemType.SINGLE).getDueAt()).isEqualTo(finished.plus(Duration.ofMinutes(10)));
        assertThat(card(guest, ItemType.MULTIPLE).getDueAt()).isEqualTo(finished.plus(Duration.ofMinutes(1)));

        attempts.submit(guest, result.id());
        attempts.result(guest, result.id());
        assertThat(reviews.log(guest)).hasSize(4);
    }

    @Test
    void theSameAttemptScoredTwiceReviewsOnce() {
        submitted(guest, Map.of(ItemType.SINGLE, "b", ItemType.TRUE_FALSE, false));
        ReviewLogEntry first = reviews.log(guest).get(0);
        AttemptScored again = new AttemptScored(guest, first.getAttemptId(), first.getReviewedAt().plusSeconds(5),
                List.of(new AttemptScored.AnsweredItem(itemOf.get(ItemType.SINGLE).getId(), 0),
                        new AttemptScored.AnsweredItem(itemOf.get(ItemType.TRUE_FALSE).getId(), 1000)));

        reviews.quizScored(again);

        assertThat(reviews.log(guest)).hasSize(2);
        assertThat(card(guest, ItemType.SINGLE).getLastReviewAt()).isEqualTo(first.getReviewedAt());
    }

    @Test
    void anItemDrawnTwiceInOneAttemptIsOneReviewAgainIfEitherAnswerMissed() {
        long attemptId = attemptRows.findByPublicId(submitted(guest, Map.of()).id()).orElseThrow().getId();
        long item = itemOf.get(ItemType.SINGLE).getId();

        reviews.quizScored(new AttemptScored(guest, attemptId, start, List.of(
                new AttemptScored.AnsweredItem(item, 1000), new AttemptScored.AnsweredItem(item, 0))));

        assertThat(reviews.log(guest)).singleElement().extracting(ReviewLogEntry::getGrade).isEqualTo(Grade.AGAIN);
    }

    @Test
    void aLaterQuizReviewsTheSameCardAgainWithTheDaysBetween() {
        submitted(guest, Map.of(ItemType.SINGLE, "b"));
        clock.advance(Duration.ofDays(2));
        submitted(guest, Map.of(ItemType.SINGLE, "b"));
        clock.advance(Duration.ofDays(3));
        submitted(guest, Map.of(ItemType.SINGLE, "a"));

        assertThat(logOf(guest, ItemType.SINGLE)).extracting(ReviewLogEntry::getGrade, ReviewLogEntry::getElapsedDays,
                        ReviewLogEntry::getStateBefore, ReviewLogEntry::getStateAfter)
                .containsExactly(tuple(Grade.GOOD, 0, CardState.NEW, CardState.LEARNING),
                        tuple(Grade.GOOD, 2, CardState.LEARNING, CardState.REVIEW),
                        tuple(Grade.AGAIN, 3, CardState.REVIEW, CardState.RELEARNING));
        assertThat(reviews.cards(guest)).hasSize(1);
    }

    @Test
    void anAttemptClosedByTheSweepReviewsItsAnswersAtItsDeadline() {
        AttemptSnapshot abandoned = quiz(guest, 1, Map.of(ItemType.TRUE_FALSE, true));
        clock.set(abandoned.deadline().plus(AnswerWindow.GRACE).plusSeconds(1));
        attempts.closeOverdue();

        assertThat(reviews.log(guest)).singleElement().satisfies(entry -> {
            assertThat(entry.getGrade()).isEqualTo(Grade.GOOD);
            assertThat(entry.getReviewedAt()).isEqualTo(abandoned.deadline());
        });
    }

    @Test
    void dueCountsTheCardsWhoseTimeHasCome() {
        AttemptSnapshot result = submitted(guest, Map.of(ItemType.SINGLE, "b", ItemType.TRUE_FALSE, false, ItemType.FILL_IN, "x"));
        assertThat(reviews.dueCount(guest)).isZero();
        clock.set(result.finishedAt().plus(Duration.ofMinutes(1)));
        assertThat(reviews.dueCount(guest)).isEqualTo(2);
        clock.set(result.finishedAt().plus(Duration.ofMinutes(10)));
        assertThat(reviews.dueCount(guest)).isEqualTo(3);
        assertThat(reviews.dueCount(account)).isZero();
    }

    @Test
    void aRetiredItemIsNoLongerDueNorShownForReview() {
        AttemptSnapshot result = submitted(guest, Map.of(ItemType.SINGLE, "b", ItemType.TRUE_FALSE, false, ItemType.FILL_IN, "x"));
        Instant later = result.finishedAt().plus(Duration.ofHours(1));
        clock.set(later);
        assertThat(reviews.dueCount(guest)).isEqualTo(3);
        QuizItem retired = itemOf.get(ItemType.SINGLE);
        retired.retireInSite(later);
        entityManager.flush();
        assertThat(reviews.dueCount(guest)).isEqualTo(2);
        assertThat(cards.findDue(guest.type(), guest.key(), later, PageRequest.of(0, 10)))
                .extracting(card -> card.getItem().getKey()).doesNotContain(retired.getKey()).hasSize(2);
        assertThat(cards.findDueOnTopic(guest.type(), guest.key(), topic, later, PageRequest.of(0, 10))).hasSize(2);
        assertThat(cards.countDueOnTopic(guest.type(), guest.key(), topic, later)).isEqualTo(2);
    }

    @Test
    void dueCardsComeSoonestFirst() {
        AttemptSnapshot result = submitted(guest, Map.of(ItemType.SINGLE, "b", ItemType.TRUE_FALSE, false, ItemType.FILL_IN, "x"));
        List<ReviewCard> due = cards.findDue(guest.type(), guest.key(), result.finishedAt().plus(Duration.ofHours(1)), PageRequest.of(0, 10));
        assertThat(due).extracting(ReviewCard::getDueAt).isSorted().hasSize(3);
        assertThat(due.get(2).getItem().getType()).isEqualTo(ItemType.SINGLE);
        assertThat(cards.findDue(guest.type(), guest.key(), result.finishedAt().plusSeconds(61), PageRequest.of(0, 10))).hasSize(2);
    }

    @Test
    void signingInMovesTheGuestsCardsAndLogAndTheLaterReviewedCardWinsEachItem() {
        submitted(account, Map.of(ItemType.SINGLE, "b", ItemType.MULTIPLE, List.of("a", "c")));
        clock.advance(Duration.ofDays(1));
        submitted(guest, Map.of(ItemType.SINGLE, "a", ItemType.TRUE_FALSE, true));
        long guestSingleCard = card(guest, ItemType.SINGLE).getId();

        assertThat(reviews.transfer(guest, account)).isEqualTo(2);

        assertThat(reviews.cards(guest)).isEmpty();
        assertThat(reviews.log(guest)).isEmpty();
        assertThat(reviews.cards(account)).extracting(card -> card.getItem().getType())
                .containsExactlyInAnyOrder(ItemType.SINGLE, ItemType.MULTIPLE, ItemType.TRUE_FALSE);
        ReviewCard single = card(account, ItemType.SINGLE);
        assertThat(single.getId()).isEqualTo(guestSingleCard);
        assertThat(single.getState()).isEqualTo(CardState.LEARNING);
        assertThat(logOf(account, ItemType.SINGLE)).extracting(ReviewLogEntry::getGrade).containsExactly(Grade.GOOD, Grade.AGAIN);
        assertThat(reviews.log(account)).hasSize(4);
    }

    @Test
    void whenTheAccountReviewedAnItemLaterItsCardStaysAndTakesTheGuestsLog() {
        submitted(guest, Map.of(ItemType.SINGLE, "a"));
        clock.advance(Duration.ofDays(1));
        submitted(account, Map.of(ItemType.SINGLE, "b"));
        long accountSingleCard = card(account, ItemType.SINGLE).getId();

        assertThat(reviews.transfer(guest, account)).isZero();

        assertThat(reviews.cards(account)).singleElement().extracting(ReviewCard::getId).isEqualTo(accountSingleCard);
        assertThat(logOf(account, ItemType.SINGLE)).extracting(ReviewLogEntry::getGrade).containsExactly(Grade.AGAIN, Grade.GOOD);
    }

    @Test
    void deletingAnOwnersCardsDeletesTheirLog() {
        submitted(account, Map.of(ItemType.SINGLE, "b"));
        submitted(guest, Map.of(ItemType.SINGLE, "b"));
        reviews.deleteAll(account);
        assertThat(reviews.cards(account)).isEmpty();
        assertThat(reviews.log(account)).isEmpty();
        assertThat(reviews.log(guest)).hasSize(1);
    }
}
