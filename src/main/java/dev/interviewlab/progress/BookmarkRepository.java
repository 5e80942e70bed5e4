package dev.interviewlab.progress;

import dev.interviewlab.account.Account;
import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;

interface BookmarkRepository extends JpaRepository<Bookmark, Long> {

    /**
     * The account, locked until the transaction ends: one learner's mark changes happen one after
     * the other, so the bookmark limit holds and a double click adds one mark, not a constraint error.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from Account a where a.id = :accountId")
    Optional<Account> lockAccount(long accountId);

    /** A topic's id without loading its body. */
    @Query("select t.id from Topic t where t.slug = :slug")
    Optional<Long> findTopicId(String slug);

    /** The account's bookmarks with their topics, newest first; one query. */
    @Query("""
            select new dev.interviewlab.progress.Mark(b.id, t.slug, b.createdAt)
            from Bookmark b join Topic t on t.id = b.topicId
            where b.accountId = :accountId
            order by b.createdAt desc, b.id desc""")
    List<Mark> findMarks(long accountId);

    /** The bookmarked topic, if the bookmark exists and the account owns it. */
    @Query("""
            select t.slug from Bookmark b join Topic t on t.id = b.topicId
            where b.id = :id and b.accountId = :accountId""")
    Optional<String> findOwnedTopicSlug(long id, long accountId);

    boolean existsByAccountIdAndTopicId(long accountId, long topicId);

    long countByAccountId(long accountId);

    /** Deletes the bookmark only if the account owns it; 0 when it does not (or there is none). */
    @Modifying
    @Query("delete from Bookmark b where b.id = :id and b.accountId = :accountId")
    int deleteOwned(long id, long accountId);

    @Modifying
    @Query("delete from Bookmark b where b.accountId = :accountId")
    int deleteAllOf(long accountId);
}
