package dev.interviewlab.review.today;

import dev.interviewlab.quiz.attempt.OwnerType;
import dev.interviewlab.review.ReviewCard;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import java.time.Instant;
import java.util.List;

/** The Today page's two reads, both projections: review times for the heatmap, memory states for weak topics. */
interface TodayQueries extends Repository<ReviewCard, Long> {

    /** When the owner reviewed (quiz answers and review sessions alike) since {@code since}; grouped into local days in Java. */
    @Query("""
            select l.reviewedAt from ReviewLogEntry l
            where l.card.owner.type = :ownerType and l.card.owner.key = :ownerKey and l.reviewedAt >= :since""")
    List<Instant> reviewTimes(OwnerType ownerType, String ownerKey, Instant since);

    /** The owner's reviewed cards of items still in use, with their topic. */
    @Query("""
            select new dev.interviewlab.review.today.ReviewedCard(i.topicSlug, c.state, c.step, c.stability, c.difficulty,
                c.dueAt, c.lastReviewAt)
            from ReviewCard c join c.item i
            where c.owner.type = :ownerType and c.owner.key = :ownerKey and c.lastReviewAt is not null
              and i.retired = false""")
    List<ReviewedCard> reviewedCards(OwnerType ownerType, String ownerKey);
}
