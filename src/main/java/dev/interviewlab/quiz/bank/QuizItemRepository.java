package dev.interviewlab.quiz.bank;

import dev.interviewlab.topic.Difficulty;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

public interface QuizItemRepository extends JpaRepository<QuizItem, Long> {

    Optional<QuizItem> findByKey(String key);

    /** The item with its options in one query: the one item a question page shows. */
    @Query("select i from QuizItem i left join fetch i.options where i.id = :id")
    Optional<QuizItem> findWithOptions(Long id);

    List<QuizItem> findByKeyIn(Collection<String> keys);

    List<QuizItem> findBySourceLocation(String sourceLocation);

    /** Every item new quizzes can draw, for the search index; options load in batches. */
    List<QuizItem> findByRetiredFalseOrderByKey();

    /** (topic slug, difficulty, number of drawable items): the bank's shape for forms and offers, in one query. */
    @Query("""
            select i.topicSlug, i.difficulty, count(i) from QuizItem i
            where i.retired = false
            group by i.topicSlug, i.difficulty""")
    List<Object[]> countDrawable();

    /**
     * (id, topic slug, category slug) of the drawable items on the given topics (chosen categories
     * arrive expanded to their topics); items whose topic no longer exists are left out.
     */
    @Query("""
            select i.id, i.topicSlug, t.category.slug from QuizItem i, Topic t
            where t.slug = i.topicSlug and i.retired = false and i.topicSlug in :topicSlugs
            order by i.id""")
    List<Object[]> findDrawable(Collection<String> topicSlugs);

    /** As {@link #findDrawable(Collection)}, of one difficulty only. */
    @Query("""
            select i.id, i.topicSlug, t.category.slug from QuizItem i, Topic t
            where t.slug = i.topicSlug and i.retired = false and i.topicSlug in :topicSlugs
              and i.difficulty = :difficulty
            order by i.id""")
    List<Object[]> findDrawable(Collection<String> topicSlugs, Difficulty difficulty);

    /** Rows of the editor's list, without loading options, answers or tags. */
    @Query("""
            select new dev.interviewlab.quiz.bank.ItemListing(i.key, i.topicSlug, i.type, i.difficulty, i.prompt.en,
                i.prompt.zh, i.edited, i.retired, i.updatedAt)
            from QuizItem i order by i.topicSlug, i.key""")
    List<ItemListing> findListing();

    /** As {@link #findListing()}, of one topic. */
    @Query("""
            select new dev.interviewlab.quiz.bank.ItemListing(i.key, i.topicSlug, i.type, i.difficulty, i.prompt.en,
                i.prompt.zh, i.edited, i.retired, i.updatedAt)
            from QuizItem i where i.topicSlug = :topicSlug order by i.key""")
    List<ItemListing> findListing(String topicSlug);
}
