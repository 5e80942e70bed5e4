package dev.interviewlab.revision;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;

interface ContentRevisionRepository extends JpaRepository<ContentRevision, Long> {

    Optional<ContentRevision> findBySubjectTypeAndSubjectKeyAndNumber(SubjectType type, String key, int number);

    Optional<ContentRevision> findFirstBySubjectTypeAndSubjectKeyOrderByNumberDesc(SubjectType type, String key);

    @Query("""
            select coalesce(max(r.number), 0) from ContentRevision r
            where r.subjectType = :type and r.subjectKey = :key""")
    int findLastNumber(SubjectType type, String key);

    @Query("""
            select new dev.interviewlab.revision.RevisionHeader(
                r.number, r.changeKind, r.authorId, r.authorName, r.createdAt, r.summary)
            from ContentRevision r
            where r.subjectType = :type and r.subjectKey = :key
            order by r.number desc""")
    List<RevisionHeader> findHeaders(SubjectType type, String key);

    /** Forgets who wrote an account's revisions (the account is being deleted; its id goes with it by the foreign key). */
    @Modifying
    @Query("update ContentRevision r set r.authorName = '' where r.authorId = :accountId")
    int forgetAuthorName(Long accountId);
}
