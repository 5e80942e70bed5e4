package dev.interviewlab.quiz.attempt;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.Collection;
import java.util.List;

public interface AttemptQuestionRepository extends JpaRepository<AttemptQuestion, Long> {

    /** (attempt id, category slug, topic slug, points in thousandths) of every question of these attempts. */
    @Query("""
            select q.attempt.id, q.categorySlug, q.topicSlug, q.pointsMillis from AttemptQuestion q
            where q.attempt.id in :attemptIds""")
    List<Object[]> findScores(Collection<Long> attemptIds);

    /**
     * (item key, points on the item, attempt score, attempt question count, owner type, owner key) of every
     * scored question of finished attempts with two questions or more, oldest attempt first: the input of
     * item analysis, in one query over the answers.
     */
    @Query("""
            select q.item.key, q.pointsMillis, a.scoreMillis, a.questionCount, a.owner.type, a.owner.key
            from AttemptQuestion q join q.attempt a
            where a.status = dev.interviewlab.quiz.attempt.AttemptStatus.FINISHED and a.questionCount >= 2
              and q.pointsMillis is not null and a.scoreMillis is not null
            order by a.finishedAt, a.id""")
    List<Object[]> findScoredAnswers();

    /** As {@link #findScoredAnswers()}, of one item only. */
    @Query("""
            select q.item.key, q.pointsMillis, a.scoreMillis, a.questionCount, a.owner.type, a.owner.key
            from AttemptQuestion q join q.attempt a
            where q.item.key = :itemKey and a.status = dev.interviewlab.quiz.attempt.AttemptStatus.FINISHED
              and a.questionCount >= 2 and q.pointsMillis is not null and a.scoreMillis is not null
            order by a.finishedAt, a.id""")
    List<Object[]> findScoredAnswers(String itemKey);

    /** How many attempts, finished or open, drew this item: what retiring it must keep readable. */
    @Query("select count(distinct q.attempt.id) from AttemptQuestion q where q.item.id = :itemId")
    long countAttemptsWithItem(long itemId);
}
