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

/** One learner's card for one quiz item: its FSRS memory state and when it is next due. */
@Entity
@Table(name = "review_card")
public class ReviewCard {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Embedded
    private AttemptOwner owner;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "item_id")
    private QuizItem item;

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
