package dev.interviewlab.review;

import dev.interviewlab.quiz.attempt.OwnerType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Set;

public interface ReviewLogRepository extends JpaRepository<ReviewLogEntry, Long> {

    /** Every review of one owner's cards (item and scenario cards) with card and item, oldest first: the data export. */
    @Query("""
            select l from ReviewLogEntry l join fetch l.card c left join fetch c.item
            where c.owner.type = :ownerType and c.owner.key = :ownerKey
            order by l.reviewedAt, l.id""")
    List<ReviewLogEntry> findAllOf(OwnerType ownerType, String ownerKey);

    /** The cards a quiz attempt has already reviewed (none, unless its scoring is replayed). */
    @Query("select l.card.id from ReviewLogEntry l where l.attemptId = :attemptId")
    Set<Long> cardsReviewedBy(long attemptId);

    /** Hands one card's history to another card of the same item (two owners' cards merging at sign-in). */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update ReviewLogEntry l set l.card = :to where l.card = :from")
    int moveToCard(ReviewCard from, ReviewCard to);
}
