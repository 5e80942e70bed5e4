package dev.interviewlab.review;

import dev.interviewlab.review.fsrs.CardState;
import dev.interviewlab.review.fsrs.Grade;
import dev.interviewlab.review.fsrs.Review;
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

import java.time.Instant;

/**
 * One review, as it happened: never changed afterwards (only the card it belongs to may change,
 * when two owners' cards for the same item merge at sign-in), so parameters can be re-fitted later.
 */
@Entity
@Table(name = "review_log")
public class ReviewLogEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "card_id")
    private ReviewCard card;

    private Instant reviewedAt;

    @Enumerated(EnumType.STRING)
    private Grade grade;

    private int elapsedDays;

    @Enumerated(EnumType.STRING)
    private CardState stateBefore;

    private Double stabilityBefore;

    private Double difficultyBefore;

    @Enumerated(EnumType.STRING)
    private CardState stateAfter;

    private double stabilityAfter;

    private double difficultyAfter;

    private Instant dueAfter;

    @Enumerated(EnumType.STRING)
    private ReviewSource source;

    private Long attemptId;

    /** A scenario card's review: the seed of the run it was asked on; null for an item card. */
    private Long scenarioSeed;

    protected ReviewLogEntry() {
    }

    ReviewLogEntry(ReviewCard card, Review review, ReviewSource source, Long attemptId) {
        this.card = card;
        this.reviewedAt = review.reviewedAt();
        this.grade = review.grade();
        this.elapsedDays = review.elapsedDays();
        this.stateBefore = review.before().state();
        this.stabilityBefore = review.before().stability();
        this.difficultyBefore = review.before().difficulty();
        this.stateAfter = review.after().state();
        this.stabilityAfter = review.after().stability();
        this.difficultyAfter = review.after().difficulty();
        this.dueAfter = review.after().due();
        this.source = source;
        this.attemptId = attemptId;
        this.scenarioSeed = card.getScenarioSeed();
    }

    public Long getId() {
        return id;
    }

    public ReviewCard getCard() {
        return card;
    }

    public Instant getReviewedAt() {
        return reviewedAt;
    }

    public Grade getGrade() {
        return grade;
    }

    public int getElapsedDays() {
        return elapsedDays;
    }

    public CardState getStateBefore() {
        return stateBefore;
    }

    public Double getStabilityBefore() {
        return stabilityBefore;
    }

    public Double getDifficultyBefore() {
        return difficultyBefore;
    }

    public CardState getStateAfter() {
        return stateAfter;
    }

    public double getStabilityAfter() {
        return stabilityAfter;
    }

    public double getDifficultyAfter() {
        return difficultyAfter;
    }

    public Instant getDueAfter() {
        return dueAfter;
    }

    public ReviewSource getSource() {
        return source;
    }

    public Long getAttemptId() {
        return attemptId;
    }

    public Long getScenarioSeed() {
        return scenarioSeed;
    }
}
