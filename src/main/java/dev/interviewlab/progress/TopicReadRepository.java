package dev.interviewlab.progress;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

import java.util.List;

interface TopicReadRepository extends JpaRepository<TopicRead, Long> {

    /** The account's read marks with their topics, newest first; one query. */
    @Query("""
            select new dev.interviewlab.progress.Mark(r.id, t.slug, r.readAt)
            from TopicRead r join Topic t on t.id = r.topicId
            where r.accountId = :accountId
            order by r.readAt desc, r.id desc""")
    List<Mark> findMarks(long accountId);

    boolean existsByAccountIdAndTopicId(long accountId, long topicId);

    @Modifying
    @Query("delete from TopicRead r where r.accountId = :accountId and r.topicId = :topicId")
    int deleteMark(long accountId, long topicId);

    @Modifying
    @Query("delete from TopicRead r where r.accountId = :accountId")
    int deleteAllOf(long accountId);
}
