package dev.interviewlab.review;

import dev.interviewlab.quiz.attempt.AttemptOwner;
import dev.interviewlab.quiz.attempt.AttemptScored;
import dev.interviewlab.quiz.bank.QuizItemRepository;
import dev.interviewlab.review.fsrs.FsrsScheduler;
import dev.interviewlab.review.fsrs.Grade;
import dev.interviewlab.review.fsrs.Review;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Learners' review cards: quiz answers review them ({@link #quizScored}), the home page counts the
 * due ones, and they move from a browser to the account at sign-in as quiz attempts do.
 */
@Service
@Transactional
public class ReviewService {

    private static final Logger log = LoggerFactory.getLogger(ReviewService.class);

    private final ReviewCardRepository cards;
    private final ReviewLogRepository reviews;
    private final QuizItemRepository items;
    private final ReviewPreferencesService preferences;
    private final Clock clock;
    private final DueCardCounts dueCards;
    private final ScenarioReviews scenarios;

    public ReviewService(ReviewCardRepository cards, ReviewLogRepository reviews, QuizItemRepository items,
                         ReviewPreferencesService preferences, Clock clock, ScenarioReviews scenarios,
                         DueCardCounts dueCards) {
        this.cards = cards;
        this.dueCards = dueCards;
        this.reviews = reviews;
        this.items = items;
        this.preferences = preferences;
        this.clock = clock;
        this.scenarios = scenarios;
    }

    /**
     * A scored quiz reviews the card of every answered item, dated when the attempt finished: full
     * points = Good, anything less = Again. Runs in the scoring's transaction, so the reviews commit
     * with it or not at all. An attempt is scored once; should the same attempt come again, the cards it
     * already reviewed are left alone (and the log's unique (card, attempt) would refuse a second row).
     */
    @EventListener
    public void quizScored(AttemptScored scored) {
        // an item drawn twice in one attempt is still one review: Again if any answer missed
        Map<Long, Grade> grades = new LinkedHashMap<>();
        for (AttemptScored.AnsweredItem answer : scored.answered()) {
            grades.merge(answer.itemId(), answer.fullPoints() ? Grade.GOOD : Grade.AGAIN,
                    (first, second) -> first == Grade.AGAIN ? first : second);
        }
        if (grades.isEmpty()) {
            return;
        }
        Map<Long, ReviewCard> existing = cards.findForItems(scored.owner().type(), scored.owner().key(), grades.keySet())
                .stream().collect(Collectors.toMap(card -> card.getItem().getId(), Function.identity()));
        Set<Long> alreadyReviewed = reviews.cardsReviewedBy(scored.attemptId());
        Instant at = scored.finishedAt();
        FsrsScheduler scheduler = preferences.schedulerFor(scored.owner(), at);
        grades.forEach((itemId, grade) -> {
            ReviewCard card = existing.get(itemId);
            if (card == null) {
                card = cards.save(new ReviewCard(scored.owner(), items.getReferenceById(itemId), at));
            } else if (alreadyReviewed.contains(card.getId())) {
                return;
            }
            review(scheduler, card, grade, at, ReviewSource.QUIZ, scored.attemptId());
        });
    }

    private void review(FsrsScheduler scheduler, ReviewCard card, Grade grade, Instant at, ReviewSource source, Long attemptId) {
        Review review = scheduler.review(card.schedule(), grade, at);
        card.apply(review.after());
        reviews.save(new ReviewLogEntry(card, review, source, attemptId));
    }

    /** How many of the owner's cards (item and scenario cards) are due now. */
    @Transactional(readOnly = true)
    public long dueCount(AttemptOwner owner) {
        long due = 0;
        for (DueCardCounts.DueCards kind : dueCards.byKind(owner, now())) {
            if (kind.scenario() == null || scenarios.drill(kind.scenario()).isPresent()) {
                due += kind.cards();
            }
        }
        return due;
    }

    /** Every card of the owner, quiz items' and predict mode's scenario cards alike. */
    @Transactional(readOnly = true)
    public List<ReviewCard> cards(AttemptOwner owner) {
        return cards.findEveryCardOf(owner.type(), owner.key());
    }

    /** The owner's review log, oldest first. */
    @Transactional(readOnly = true)
    public List<ReviewLogEntry> log(AttemptOwner owner) {
        return reviews.findAllOf(owner.type(), owner.key());
    }

    /**
     * Moves every card of one owner, with its log and review settings, to another (a guest's browser to the account it
     * signed in as). Where both have a card for the same item, the one reviewed last stays, as it
     * holds the newer memory state, and takes the other's log rows, so no review is lost.
     */
    public int transfer(AttemptOwner from, AttemptOwner to) {
        int scenarioCards = scenarios.mergeBeforeTransfer(from, to);
        List<ReviewCard> moving = cards.findAllOf(from.type(), from.key());
        if (moving.isEmpty() && scenarioCards == 0) {
            preferences.transfer(from, to);
            return 0;
        }
        Map<Long, ReviewCard> staying = moving.isEmpty() ? Map.of() : cards.findForItems(to.type(), to.key(),
                        moving.stream().map(card -> card.getItem().getId()).toList())
                .stream().collect(Collectors.toMap(card -> card.getItem().getId(), Function.identity()));
        Comparator<ReviewCard> byLastReview = Comparator.comparing(ReviewCard::getLastReviewAt,
                Comparator.nullsFirst(Comparator.naturalOrder()));
        for (ReviewCard card : moving) {
            ReviewCard other = staying.get(card.getItem().getId());
            if (other != null) {
                boolean keepMoving = byLastReview.compare(card, other) > 0;
                ReviewCard loser = keepMoving ? other : card;
                reviews.moveToCard(loser, keepMoving ? card : other);
                cards.deleteById(loser.getId());
            }
        }
        int moved = cards.transfer(from.type(), from.key(), to.type(), to.key());
        preferences.transfer(from, to);
        log.info("Moved {} review card(s) from {} to {}", moved, from, to);
        return moved;
    }

    /** Deletes every card, review and review setting of an owner (an account that is closed). */
    public void deleteAll(AttemptOwner owner) {
        cards.deleteAllOf(owner.type(), owner.key());
        preferences.deleteAll(owner);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
