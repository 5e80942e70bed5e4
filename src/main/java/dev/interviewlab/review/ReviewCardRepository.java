package dev.interviewlab.review;

import dev.interviewlab.quiz.attempt.OwnerType;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * Review cards. A card whose item was retired (removed from its file or by an editor) keeps its history
 * but is never due again: the due, count and next-due queries leave it out.
 */
public interface ReviewCardRepository extends JpaRepository<ReviewCard, Long> {

    @Query("""
            select c from ReviewCard c
            where c.owner.type = :ownerType and c.owner.key = :ownerKey and c.item.id in :itemIds""")
    List<ReviewCard> findForItems(OwnerType ownerType, String ownerKey, Collection<Long> itemIds);

    /** The owner's cards due at {@code now}, soonest first (reads ix_review_card_owner_due). */
    @Query("""
            select c from ReviewCard c
            where c.owner.type = :ownerType and c.owner.key = :ownerKey and c.dueAt <= :now and c.item.retired = false
            order by c.dueAt, c.id""")
    List<ReviewCard> findDue(OwnerType ownerType, String ownerKey, Instant now, Pageable page);

    /** The owner's cards on one topic due at {@code now}, soonest first. */
    @Query("""
            select c from ReviewCard c
            where c.owner.type = :ownerType and c.owner.key = :ownerKey and c.dueAt <= :now and c.item.retired = false
              and c.item.topicSlug = :topicSlug
            order by c.dueAt, c.id""")
    List<ReviewCard> findDueOnTopic(OwnerType ownerType, String ownerKey, String topicSlug, Instant now, Pageable page);

    @Query("""
            select count(c) from ReviewCard c
            where c.owner.type = :ownerType and c.owner.key = :ownerKey and c.dueAt <= :now and c.item.retired = false
              and c.item.topicSlug = :topicSlug""")
    long countDueOnTopic(OwnerType ownerType, String ownerKey, String topicSlug, Instant now);

    /** When the owner's next card is due (null without cards). */
    @Query("select min(c.dueAt) from ReviewCard c where c.owner.type = :ownerType and c.owner.key = :ownerKey and c.item.retired = false")
    Instant nextDue(OwnerType ownerType, String ownerKey);

    @Query("""
            select min(c.dueAt) from ReviewCard c
            where c.owner.type = :ownerType and c.owner.key = :ownerKey and c.item.topicSlug = :topicSlug
              and c.item.retired = false""")
    Instant nextDueOnTopic(OwnerType ownerType, String ownerKey, String topicSlug);

    /**
     * The owner's due item cards, counted on the (owner, due) index alone, leaving out the few retired items by id:
     * a join to quiz_item for its retired flag made PostgreSQL scan every item (docs/benchmarks/review.md). A
     * scenario card has no item, and {@code null not in (…)} holds while no item is retired: it is left out by name.
     */
    @Query("""
            select count(c) from ReviewCard c
            where c.owner.type = :ownerType and c.owner.key = :ownerKey and c.dueAt <= :now and c.scenario is null
              and c.item.id not in (select i.id from QuizItem i where i.retired = true)""")
    long countDue(OwnerType ownerType, String ownerKey, Instant now);

    /** When each of the owner's cards due before {@code until} is due: the interview plan's reviews. */
    @Query("""
            select c.dueAt from ReviewCard c
            where c.owner.type = :ownerType and c.owner.key = :ownerKey and c.dueAt < :until and c.item.retired = false""")
    List<Instant> dueDatesBefore(OwnerType ownerType, String ownerKey, Instant until);

    /** How many of the owner's cards are of items on these topics: the items the learner has already seen. */
    @Query("""
            select count(c) from ReviewCard c
            where c.owner.type = :ownerType and c.owner.key = :ownerKey and c.item.retired = false
              and c.item.topicSlug in :topicSlugs""")
    long countOnTopics(OwnerType ownerType, String ownerKey, Collection<String> topicSlugs);

    /** Every card of one owner: item cards by item, then scenario cards (predict mode) by kind; the data export. */
    @Query("""
            select c from ReviewCard c left join fetch c.item i
            where c.owner.type = :ownerType and c.owner.key = :ownerKey
            order by c.scenario nulls first, i.key""")
    List<ReviewCard> findEveryCardOf(OwnerType ownerType, String ownerKey);

    /** Every item card of one owner with its item, by item: the move at sign-in. */
    @Query("""
            select c from ReviewCard c join fetch c.item i
            where c.owner.type = :ownerType and c.owner.key = :ownerKey
            order by i.key""")
    List<ReviewCard> findAllOf(OwnerType ownerType, String ownerKey);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            update ReviewCard c set c.owner.type = :toType, c.owner.key = :toKey
            where c.owner.type = :fromType and c.owner.key = :fromKey""")
    int transfer(OwnerType fromType, String fromKey, OwnerType toType, String toKey);

    /** Deletes the owner's cards; their log rows go with them (ON DELETE CASCADE). */
    @Modifying(flushAutomatically = true)
    @Query("delete from ReviewCard c where c.owner.type = :ownerType and c.owner.key = :ownerKey")
    int deleteAllOf(OwnerType ownerType, String ownerKey);

    // scenario cards (predict mode): the queries above reach only item cards, as they join the item

    @Query("""
            select c from ReviewCard c
            where c.owner.type = :ownerType and c.owner.key = :ownerKey and c.scenario = :scenario""")
    java.util.Optional<ReviewCard> findForScenario(OwnerType ownerType, String ownerKey, String scenario);

    /** The owner's scenario cards of the given kinds due at {@code now}, soonest first. */
    @Query("""
            select c from ReviewCard c
            where c.owner.type = :ownerType and c.owner.key = :ownerKey and c.dueAt <= :now and c.scenario in :scenarios
            order by c.dueAt, c.id""")
    List<ReviewCard> findDueScenarios(OwnerType ownerType, String ownerKey, Collection<String> scenarios, Instant now,
                                      Pageable page);

    @Query("""
            select count(c) from ReviewCard c
            where c.owner.type = :ownerType and c.owner.key = :ownerKey and c.dueAt <= :now and c.scenario in :scenarios""")
    long countDueScenarios(OwnerType ownerType, String ownerKey, Collection<String> scenarios, Instant now);

    @Query("""
            select min(c.dueAt) from ReviewCard c
            where c.owner.type = :ownerType and c.owner.key = :ownerKey and c.scenario in :scenarios""")
    Instant nextDueScenario(OwnerType ownerType, String ownerKey, Collection<String> scenarios);

    @Query("""
            select c from ReviewCard c
            where c.owner.type = :ownerType and c.owner.key = :ownerKey and c.scenario is not null""")
    List<ReviewCard> findScenarioCardsOf(OwnerType ownerType, String ownerKey);
}
