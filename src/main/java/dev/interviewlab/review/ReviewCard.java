package dev.interviewlab.review;

import dev.interviewlab.quiz.attempt.AttemptOwner;
import dev.interviewlab.quiz.bank.QuizItem;
import dev.interviewlab.review.fsrs.CardSchedule;
import dev.interviewlab.review.fsrs.CardState;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/**
 * One learner's card for one quiz item, or for one kind of simulation scenario (predict mode): its FSRS
 * memory state and when it is next due. A scenario card has no item; it names the scenario kind and the
 * seed of the fresh run its next review asks (see {@link ScenarioReviews}).
 */
@Entity
@Table(name = "review_card")
public class ReviewCard {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Embedded
    private AttemptOwner owner;

    /** Null for a scenario card. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "item_id")
    private QuizItem item;

    /** {@code <simulation>:<question kind>}; null for an item card. */
    private String scenario;

    private Long scenarioSeed;

    @Enumerated(EnumType.STRING)
    private CardState state;

    private Integer step;

    private Double stability;

    private Double difficulty;

    private Instant dueAt;

    private Instant lastReviewAt;

    @Version
    private long version;

    protected ReviewCard() {
    }

    ReviewCard(AttemptOwner owner, QuizItem item, Instant now) {
        this.owner = owner;
        this.item = item;
        apply(CardSchedule.fresh(now));
    }

    ReviewCard(AttemptOwner owner, String scenario, long scenarioSeed, Instant now) {
        this.owner = owner;
        this.scenario = scenario;
        this.scenarioSeed = scenarioSeed;
        apply(CardSchedule.fresh(now));
    }

    /** The next review asks a run with other parameters: a seed derived from this one (SplitMix64's step). */
    void advanceSeed() {
        long z = scenarioSeed + 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        scenarioSeed = z ^ (z >>> 31);
    }

    CardSchedule schedule() {
        return new CardSchedule(state, step, stability, difficulty, dueAt, lastReviewAt);
    }

    void apply(CardSchedule schedule) {
        state = schedule.state();
        step = schedule.step();
        stability = schedule.stability();
        difficulty = schedule.difficulty();
        dueAt = schedule.due();
        lastReviewAt = schedule.lastReview();
    }

    public Long getId() {
        return id;
    }

    public AttemptOwner getOwner() {
        return owner;
    }

    public QuizItem getItem() {
        return item;
    }

    public String getScenario() {
        return scenario;
    }

    public Long getScenarioSeed() {
        return scenarioSeed;
    }

    public CardState getState() {
        return state;
    }

    public Double getStability() {
        return stability;
    }

    public Double getDifficulty() {
        return difficulty;
    }

    public Instant getDueAt() {
        return dueAt;
    }

    public Instant getLastReviewAt() {
        return lastReviewAt;
    }

    /** Changes with every review: a form carries it, so an answer or grade for an older state is refused. */
    public long getVersion() {
        return version;
    }
}
