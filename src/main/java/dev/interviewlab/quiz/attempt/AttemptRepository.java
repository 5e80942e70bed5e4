package dev.interviewlab.quiz.attempt;

import jakarta.persistence.LockModeType;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

public interface AttemptRepository extends JpaRepository<Attempt, Long> {

    Optional<Attempt> findByPublicId(String publicId);

    /**
     * The attempt with its questions and their items in one query, not locked: for reading an attempt
     * (the question page), never for changing it. The items' options follow in one batch.
     */
    @Query("""
            select a from Attempt a left join fetch a.questions q left join fetch q.item
            where a.publicId = :publicId""")
    Optional<Attempt> findWithQuestions(String publicId);

    /**
     * As {@link #findWithQuestions} without the items (they stay proxies): a question page reads the one item it shows
     * on its own ({@code QuizItemRepository.findWithOptions}).
     */
    @Query("select a from Attempt a left join fetch a.questions where a.publicId = :publicId")
    Optional<Attempt> findWithQuestionsNotItems(String publicId);

    /**
     * The attempt, locked until the transaction ends: an answer, the learner's submit and the sweep
     * on the same attempt happen one after the other, so no answer slips past its scoring.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from Attempt a where a.publicId = :publicId")
    Optional<Attempt> findForUpdate(String publicId);

    /**
     * As {@link #findForUpdate}, with the questions in the same query (not their items): an answer or a flag
     * reads the attempt and changes one question, so it needs no second statement for the questions.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from Attempt a join fetch a.questions where a.publicId = :publicId")
    Optional<Attempt> findForUpdateWithQuestions(String publicId);

    /** Open timed attempts whose deadline lies before the cutoff, locked, oldest deadline first. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("""
            select a from Attempt a
            where a.status = dev.interviewlab.quiz.attempt.AttemptStatus.OPEN and a.deadlineAt < :cutoff
            order by a.deadlineAt""")
    List<Attempt> findOverdue(Instant cutoff, Pageable page);

    @Query("""
            select a from Attempt a
            where a.owner.type = :ownerType and a.owner.key = :ownerKey
              and a.status = dev.interviewlab.quiz.attempt.AttemptStatus.OPEN
            order by a.startedAt desc""")
    List<Attempt> findOpen(OwnerType ownerType, String ownerKey, Pageable page);

    @Query("""
            select a from Attempt a
            where a.owner.type = :ownerType and a.owner.key = :ownerKey
              and a.status = dev.interviewlab.quiz.attempt.AttemptStatus.FINISHED
            order by a.finishedAt desc, a.id desc""")
    List<Attempt> findFinished(OwnerType ownerType, String ownerKey, Pageable page);

    /** Hands a guest's attempts to the account it signed in as. */
    @Modifying
    @Query("""
            update Attempt a set a.owner.type = :toType, a.owner.key = :toKey
            where a.owner.type = :fromType and a.owner.key = :fromKey""")
    int transfer(OwnerType fromType, String fromKey, OwnerType toType, String toKey);

    /** Every attempt of one owner with its questions and their items, oldest first: an account's data export. */
    @Query("""
            select a from Attempt a left join fetch a.questions q left join fetch q.item
            where a.owner.type = :ownerType and a.owner.key = :ownerKey
            order by a.startedAt, a.id""")
    List<Attempt> findAllWithQuestions(OwnerType ownerType, String ownerKey);

    /** (account id as the owner key, number of attempts) for every account that has any. */
    @Query("""
            select a.owner.key, count(a) from Attempt a
            where a.owner.type = dev.interviewlab.quiz.attempt.OwnerType.ACCOUNT
            group by a.owner.key""")
    List<Object[]> countPerAccount();

    /** Everything one owner has, for deleting an account. */
    @Query("select a from Attempt a where a.owner.type = :ownerType and a.owner.key = :ownerKey")
    List<Attempt> findAllOf(OwnerType ownerType, String ownerKey);

}
