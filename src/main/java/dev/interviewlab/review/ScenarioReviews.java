package dev.interviewlab.review;

import dev.interviewlab.quiz.attempt.AttemptOwner;
import dev.interviewlab.review.fsrs.FsrsScheduler;
import dev.interviewlab.review.fsrs.Grade;
import dev.interviewlab.review.fsrs.Review;
import dev.interviewlab.web.BadInputException;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Scenario cards (predict mode): a missed prediction files one per owner and scenario kind; when due, the
 * review session asks the kind again on a fresh run drawn from the card's seed, the drill's engine grades
 * the answer, and the learner confirms a grade as for an item card. The seed is stored on the card and
 * sent with every form, so a reload shows the same run and a changed seed is refused; after each review
 * the card moves to a new seed, so it is never the same run twice.
 */
@Service
@Transactional
public class ScenarioReviews {

    private final ReviewCardRepository cards;
    private final ReviewLogRepository reviews;
    private final ReviewPreferencesService preferences;
    private final Clock clock;
    private final Map<String, ScenarioDrill> drills;

    public ScenarioReviews(ReviewCardRepository cards, ReviewLogRepository reviews, ReviewPreferencesService preferences,
                           Clock clock,
                           List<ScenarioDrill> drills) {
        this.cards = cards;
        this.reviews = reviews;
        this.preferences = preferences;
        this.clock = clock;
        this.drills = drills.stream().collect(Collectors.toMap(ScenarioDrill::scenario, Function.identity(),
                (a, b) -> { throw new IllegalStateException("two drills for " + a.scenario()); }, LinkedHashMap::new));
    }

    /** A due scenario card's question, on the run its seed draws. */
    public record Prompt(long cardId, long version, long seed, long dueCount, String topicSlug,
                         ScenarioDrill.DrillQuestion question) {
    }

    /** An answered scenario card: the graded answer, the grade it suggests and each grade's interval. */
    public record Feedback(long cardId, long version, long seed, String topicSlug, ScenarioDrill.DrillReveal reveal,
                           Grade suggested, Map<Grade, Duration> intervals) {
    }

    public Optional<ScenarioDrill> drill(String scenario) {
        return Optional.ofNullable(drills.get(scenario));
    }

    /**
     * A missed prediction: reviews the owner's card for the scenario kind Again, filing it first if it is
     * new, with a random seed for its first review. Returns when the card is due.
     */
    public Instant missed(AttemptOwner owner, String scenario) {
        if (!drills.containsKey(scenario)) {
            throw new IllegalArgumentException("no drill for " + scenario);
        }
        Instant now = now();
        ReviewCard card = cards.findForScenario(owner.type(), owner.key(), scenario)
                .orElseGet(() -> cards.save(new ReviewCard(owner, scenario, ThreadLocalRandom.current().nextLong(), now)));
        Review review = preferences.schedulerFor(owner, now).review(card.schedule(), Grade.AGAIN, now);
        card.apply(review.after());
        reviews.save(new ReviewLogEntry(card, review, ReviewSource.PREDICT, null));
        return card.getDueAt();
    }

    /** The owner's next due scenario card (of the topic, when one is chosen), asked on its seed's run. */
    @Transactional(readOnly = true)
    public Optional<Prompt> next(AttemptOwner owner, String topicSlug, Locale locale) {
        List<String> scenarios = scenarios(topicSlug);
        if (scenarios.isEmpty()) {
            return Optional.empty();
        }
        Instant now = now();
        return cards.findDueScenarios(owner.type(), owner.key(), scenarios, now, PageRequest.of(0, 1)).stream().findFirst()
                .map(card -> prompt(card, cards.countDueScenarios(owner.type(), owner.key(), scenarios, now), locale));
    }

    /** A due card at the version and seed a form named: a refused answer shows its question again. */
    @Transactional(readOnly = true)
    public Prompt prompt(AttemptOwner owner, long cardId, long version, long seed, Locale locale) {
        Instant now = now();
        ReviewCard card = dueCard(owner, cardId, version, seed, now);
        return prompt(card, cards.countDueScenarios(owner.type(), owner.key(), scenarios(null), now), locale);
    }

    /**
     * Grades an answer by the drill's engine on the card's run; nothing is stored (the confirmed grade is).
     *
     * @throws dev.interviewlab.web.InvalidInputException on field {@code answer}
     */
    @Transactional(readOnly = true)
    public Feedback answer(AttemptOwner owner, long cardId, long version, long seed, String answer, Locale locale) {
        Instant now = now();
        ReviewCard card = dueCard(owner, cardId, version, seed, now);
        ScenarioDrill drill = drills.get(card.getScenario());
        ScenarioDrill.DrillReveal reveal = drill.reveal(seed, answer, locale);
        Map<Grade, Duration> intervals = new EnumMap<>(Grade.class);
        FsrsScheduler scheduler = preferences.schedulerFor(owner, now);
        for (Grade grade : Grade.values()) {
            intervals.put(grade, Duration.between(now, scheduler.review(card.schedule(), grade, now).after().due()));
        }
        return new Feedback(card.getId(), card.getVersion(), seed, drill.topicSlug(), reveal,
                reveal.right() ? Grade.GOOD : Grade.AGAIN, intervals);
    }

    /** Reviews the card with the confirmed grade (logged with the run's seed), then moves it to a new seed. */
    public void grade(AttemptOwner owner, long cardId, long version, long seed, Grade grade) {
        Instant now = now();
        ReviewCard card = dueCard(owner, cardId, version, seed, now);
        Review review = preferences.schedulerFor(owner, now).review(card.schedule(), grade, now);
        card.apply(review.after());
        reviews.save(new ReviewLogEntry(card, review, ReviewSource.REVIEW, null));
        card.advanceSeed();
    }

    /** How many of the owner's scenario cards are due now. */
    @Transactional(readOnly = true)
    public long dueCount(AttemptOwner owner) {
        List<String> scenarios = scenarios(null);
        return scenarios.isEmpty() ? 0 : cards.countDueScenarios(owner.type(), owner.key(), scenarios, now());
    }

    /** When the owner's next scenario card (of the topic) is due. */
    @Transactional(readOnly = true)
    public Optional<Instant> nextDueAt(AttemptOwner owner, String topicSlug) {
        List<String> scenarios = scenarios(topicSlug);
        return scenarios.isEmpty() ? Optional.empty()
                : Optional.ofNullable(cards.nextDueScenario(owner.type(), owner.key(), scenarios));
    }

    /**
     * Before one owner's cards move to another: where both have a card for the same scenario kind, the one
     * reviewed last stays with the other's log rows, as {@link ReviewService#transfer} does for items.
     *
     * @return how many of {@code from}'s scenario cards are left to move
     */
    int mergeBeforeTransfer(AttemptOwner from, AttemptOwner to) {
        List<ReviewCard> moving = cards.findScenarioCardsOf(from.type(), from.key());
        Map<String, ReviewCard> staying = cards.findScenarioCardsOf(to.type(), to.key()).stream()
                .collect(Collectors.toMap(ReviewCard::getScenario, Function.identity()));
        Comparator<ReviewCard> byLastReview = Comparator.comparing(ReviewCard::getLastReviewAt,
                Comparator.nullsFirst(Comparator.naturalOrder()));
        int left = 0;
        for (ReviewCard card : moving) {
            ReviewCard other = staying.get(card.getScenario());
            if (other == null) {
                left++;
                continue;
            }
            boolean keepMoving = byLastReview.compare(card, other) > 0;
            reviews.moveToCard(keepMoving ? other : card, keepMoving ? card : other);
            cards.deleteById(keepMoving ? other.getId() : card.getId());
            if (keepMoving) {
                left++;
            }
        }
        cards.flush();
        return left;
    }

    private Prompt prompt(ReviewCard card, long dueCount, Locale locale) {
        ScenarioDrill drill = drills.get(card.getScenario());
        return new Prompt(card.getId(), card.getVersion(), card.getScenarioSeed(), dueCount, drill.topicSlug(),
                drill.ask(card.getScenarioSeed(), locale));
    }

    private ReviewCard dueCard(AttemptOwner owner, long cardId, long version, long seed, Instant now) {
        ReviewCard card = cards.findById(cardId).filter(found -> found.getOwner().equals(owner))
                .filter(found -> found.getScenario() != null && drills.containsKey(found.getScenario()))
                .orElseThrow(CardNotFoundException::new);
        if (card.getVersion() != version) {
            throw new CardConflictException(CardConflictException.Why.STALE);
        }
        if (card.getDueAt().isAfter(now)) {
            throw new CardConflictException(CardConflictException.Why.NOT_DUE);
        }
        if (card.getScenarioSeed() != seed) {
            // the form carries the seed so that the run asked is the run graded; another one was not asked
            throw new BadInputException("predict.review.error.seed");
        }
        return card;
    }

    private List<String> scenarios(String topicSlug) {
        return drills.values().stream().filter(drill -> topicSlug == null || drill.topicSlug().equals(topicSlug))
                .map(ScenarioDrill::scenario).toList();
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
