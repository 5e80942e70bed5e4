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

    /** How many attempts, finished or open, drew this item: what retiring it must keep readable. */
    @Query("select count(distinct q.attempt.id) from AttemptQuestion q where q.item.id = :itemId")
    long countAttemptsWithItem(long itemId);
}
