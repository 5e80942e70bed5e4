package dev.interviewlab.review;

import dev.interviewlab.quiz.attempt.AttemptOwner;
import dev.interviewlab.quiz.attempt.AttemptSnapshot;
import dev.interviewlab.quiz.attempt.QuizDraw;
import dev.interviewlab.quiz.attempt.RawAnswer;
import dev.interviewlab.quiz.attempt.Response;
import dev.interviewlab.quiz.attempt.ResponseReader;
import dev.interviewlab.quiz.attempt.Scoring;
import dev.interviewlab.quiz.bank.ItemOption;
import dev.interviewlab.quiz.bank.ItemType;
import dev.interviewlab.quiz.bank.QuizItem;
import dev.interviewlab.review.fsrs.CardState;
import dev.interviewlab.review.fsrs.FsrsScheduler;
import dev.interviewlab.review.fsrs.Grade;
import dev.interviewlab.review.fsrs.Review;
import dev.interviewlab.web.InvalidInputException;
import dev.interviewlab.web.InvalidInputException.FieldProblem;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The review session: the visitor's next due card, one at a time; the learner answers, sees whether it
 * was right and the explanation, then confirms a grade, which reviews the card (source REVIEW).
 * Every step names the card and the version it was shown at, so a form posted twice, or for a card
 * reviewed since in another tab, is refused instead of reviewing the card twice.
 */
@Service
@Transactional
public class ReviewSession {

    private final ReviewCardRepository cards;
    private final ReviewLogRepository reviews;
    private final ReviewPreferencesService preferences;
    private final Clock clock;

    public ReviewSession(ReviewCardRepository cards, ReviewLogRepository reviews, ReviewPreferencesService preferences,
                         Clock clock) {
        this.cards = cards;
        this.reviews = reviews;
        this.preferences = preferences;
        this.clock = clock;
    }

    /**
     * A due card as its question page shows it: the question has no answer key and no explanation.
     *
     * @param dueCount how many cards (of the topic, when one is chosen) are due, this one included
     */
    public record Prompt(long cardId, long version, long dueCount, AttemptSnapshot.Question question) {
    }

    /**
     * An answered card: the question with the learner's answer, points, key and explanation; the grade
     * suggested by the answer (full points = Good, else Again, as quiz answers grade) and the interval
     * each grade would give.
     */
    public record Feedback(long cardId, long version, AttemptSnapshot.Question question, boolean right, Grade suggested,
                           Map<Grade, Duration> intervals) {
    }

    /** The owner's next due card, of one topic when {@code topicSlug} is not null. */
    @Transactional(readOnly = true)
    public Optional<Prompt> next(AttemptOwner owner, String topicSlug) {
        Instant now = now();
        List<ReviewCard> due = topicSlug == null
                ? cards.findDue(owner.type(), owner.key(), now, PageRequest.of(0, 1))
                : cards.findDueOnTopic(owner.type(), owner.key(), topicSlug, now, PageRequest.of(0, 1));
        if (due.isEmpty()) {
            return Optional.empty();
        }
        ReviewCard card = due.get(0);
        long count = topicSlug == null ? cards.countDue(owner.type(), owner.key(), now)
                : cards.countDueOnTopic(owner.type(), owner.key(), topicSlug, now);
        return Optional.of(new Prompt(card.getId(), card.getVersion(), count, question(card, null, null)));
    }

    /** One due card of the owner, at the version a form named: a refused answer shows its question again. */
    @Transactional(readOnly = true)
    public Prompt prompt(AttemptOwner owner, long cardId, long version) {
        Instant now = now();
        ReviewCard card = dueCard(owner, cardId, version, now);
        return new Prompt(card.getId(), card.getVersion(), cards.countDue(owner.type(), owner.key(), now),
                question(card, null, null));
    }

    /** When the owner's next card (of the topic) is due, for the page that says nothing is due now. */
    @Transactional(readOnly = true)
    public Optional<Instant> nextDueAt(AttemptOwner owner, String topicSlug) {
        return Optional.ofNullable(topicSlug == null ? cards.nextDue(owner.type(), owner.key())
                : cards.nextDueOnTopic(owner.type(), owner.key(), topicSlug));
    }

    /**
     * Checks an answer to a due card; nothing is stored (the grade the learner confirms is).
     *
     * @throws InvalidInputException on field {@code answer}: no answer, or one of the wrong shape
     */
    @Transactional(readOnly = true)
    public Feedback answer(AttemptOwner owner, long cardId, long version, RawAnswer form) {
        Instant now = now();
        ReviewCard card = dueCard(owner, cardId, version, now);
        QuizItem item = card.getItem();
        Response response = ResponseReader.read(item.getType(), optionOrder(card).stream().map(ItemOption::key).toList(), form)
                .orElseThrow(() -> new InvalidInputException(List.of(FieldProblem.of("answer", "quiz.error.answer.missing"))));
        int points = Scoring.pointsMillis(item.answerKey(), response);
        FsrsScheduler scheduler = preferences.schedulerFor(owner, now);
        Map<Grade, Duration> intervals = new EnumMap<>(Grade.class);
        for (Grade grade : Grade.values()) {
            intervals.put(grade, Duration.between(now, scheduler.review(card.schedule(), grade, now).after().due()));
        }
        boolean right = points == Scoring.FULL;
        return new Feedback(card.getId(), card.getVersion(), question(card, response, points), right,
                right ? Grade.GOOD : Grade.AGAIN, intervals);
    }

    /**
     * A graded card's new state.
     *
     * @param version the card's version now: the next answer or grade must name it
     */
    public record Graded(long cardId, long version, Grade grade, CardState state, Instant dueAt) {
    }

    /** Reviews the card with the learner's grade and appends it to the log, in one transaction. */
    public Graded grade(AttemptOwner owner, long cardId, long version, Grade grade) {
        Instant now = now();
        ReviewCard card = dueCard(owner, cardId, version, now);
        Review review = preferences.schedulerFor(owner, now).review(card.schedule(), grade, now);
        card.apply(review.after());
        reviews.save(new ReviewLogEntry(card, review, ReviewSource.REVIEW, null));
        cards.flush(); // the version check happens here, and the new version is known
        return new Graded(card.getId(), card.getVersion(), grade, card.getState(), card.getDueAt());
    }

    private ReviewCard dueCard(AttemptOwner owner, long cardId, long version, Instant now) {
        // a retired item's card is never due (ReviewCardRepository), not even when posted by its number
        ReviewCard card = cards.findById(cardId).filter(found -> found.getOwner().equals(owner))
                .filter(found -> found.getItem() != null && !found.getItem().isRetired())
                .orElseThrow(CardNotFoundException::new);
        if (card.getVersion() != version) {
            throw new CardConflictException(CardConflictException.Why.STALE);
        }
        if (card.getDueAt().isAfter(now)) {
            throw new CardConflictException(CardConflictException.Why.NOT_DUE);
        }
        return card;
    }

    /**
     * The item as a one-question quiz; {@code pointsMillis} is null until answered, and so are the key and
     * explanation. An ordering item's options are stored in their right order, so they are shown shuffled
     * (never in that order), the same way for one card and version, so the page and its answer agree.
     */
    private AttemptSnapshot.Question question(ReviewCard card, Response response, Integer pointsMillis) {
        QuizItem item = card.getItem();
        boolean answered = pointsMillis != null;
        return new AttemptSnapshot.Question(1, item.getKey(), item.getType(), item.getTopicSlug(), null,
                item.getDifficulty(), item.getPrompt(), optionOrder(card), response, null, false,
                pointsMillis, answered ? item.answerKey() : null, answered ? item.getExplanation() : null);
    }

    private static List<ItemOption> optionOrder(ReviewCard card) {
        List<ItemOption> options = card.getItem().getOptions();
        Map<String, ItemOption> byKey = options.stream().collect(Collectors.toMap(ItemOption::key, Function.identity()));
        List<String> keys = options.stream().map(ItemOption::key).toList();
        QuizDraw draw = new QuizDraw(new SplittableRandom(card.getId() * 31 + card.getVersion()));
        return draw.shuffleOptions(keys, card.getItem().getType() == ItemType.ORDERING).stream().map(byKey::get).toList();
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
